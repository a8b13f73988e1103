import Foundation
import Mustache
import RoundtableKit
import Testing
import ThemeTemplates

/// Roundtable's Mustache renderer against the Mustache specification's own cases and against
/// swift-mustache, which rendered themes before it: the same templates must give the same pages.
@Suite struct ThemeTemplateTests {
    struct SpecCase: CustomTestStringConvertible, Sendable {
        let file: String
        let name: String
        let template: String
        let partials: [String: String]
        let expected: String
        let data: SpecValue
        var testDescription: String { "\(file): \(name)" }
    }

    /// The specification's data, without nulls (Roundtable's pages leave a missing value out).
    enum SpecValue: Sendable, Decodable {
        case string(String)
        case int(Int)
        case double(Double)
        case bool(Bool)
        case list([SpecValue])
        case map([String: SpecValue])
        case null

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() {
                self = .null
            } else if let flag = try? container.decode(Bool.self) {
                self = .bool(flag)
            } else if let number = try? container.decode(Int.self) {
                self = .int(number)
            } else if let number = try? container.decode(Double.self) {
                self = .double(number)
            } else if let text = try? container.decode(String.self) {
                self = .string(text)
            } else if let list = try? container.decode([SpecValue].self) {
                self = .list(list)
            } else {
                self = .map(try container.decode([String: SpecValue].self))
            }
        }

        var value: Any? {
            switch self {
            case .string(let text): text
            case .int(let number): number
            case .double(let number): number
            case .bool(let flag): flag
            case .list(let items): items.compactMap(\.value)
            case .map(let map): map.compactMapValues(\.value) as [String: Any]
            case .null: nil
            }
        }
    }

    static let specFolder = TestSupport.fixtures.appendingPathComponent("mustache-spec")

    private struct SpecFile: Decodable {
        struct Test: Decodable {
            let name: String
            let template: String
            let partials: [String: String]?
            let expected: String
            let data: SpecValue
        }
        let tests: [Test]
    }

    static let specCases: [SpecCase] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: specFolder.path)) ?? []
        return files.filter { $0.hasSuffix(".json") }.sorted().flatMap { file -> [SpecCase] in
            guard let data = try? Data(contentsOf: specFolder.appendingPathComponent(file)),
                let spec = try? JSONDecoder().decode(SpecFile.self, from: data)
            else { return [] }
            return spec.tests.map { test in
                SpecCase(
                    file: file, name: test.name, template: test.template, partials: test.partials ?? [:],
                    expected: test.expected, data: test.data)
            }
        }
    }()

    /// Where the specification and swift-mustache disagree, themes were written for swift-mustache.
    static let followsSwiftMustache: Set<String> = ["Intrinsic indentation", "Nested block reindentation"]

    @Test func theSpecificationIsThere() {
        #expect(Self.specCases.count > 150)
    }

    @Test(arguments: specCases)
    func specificationCase(_ spec: SpecCase) throws {
        let ours = try Self.renderOurs(spec.template, partials: spec.partials, data: spec.data.value ?? [:])
        let reference = try Self.renderReference(spec.template, partials: spec.partials, data: spec.data.value ?? [:])
        #expect(ours == reference, "differs from swift-mustache")
        if !Self.followsSwiftMustache.contains(spec.name) {
            #expect(ours == spec.expected, "differs from the specification")
        }
    }

    static func renderOurs(_ template: String, partials: [String: String], data: Any) throws -> String? {
        var templates = ["test": try ThemeTemplate(template)]
        for (name, text) in partials { templates[name] = try ThemeTemplate(text) }
        return ThemeTemplateSet(templates).render(data, withTemplate: "test")
    }

    static func renderReference(_ template: String, partials: [String: String], data: Any) throws -> String? {
        var templates = ["test": try MustacheTemplate(string: template)]
        for (name, text) in partials { templates[name] = try MustacheTemplate(string: text) }
        return MustacheLibrary(templates: templates).render(data, withTemplate: "test")
    }

    /// Random templates (sections, inverted sections, standalone and inline partials, inheritance,
    /// comments, line endings and indentation) over random page-like values: both renderers agree.
    @Test func randomTemplatesRenderAsSwiftMustacheRendersThem() throws {
        var random = SeededRandom(seed: 19)
        for round in 0..<400 {
            var generator = RandomTemplate(random: random)
            let template = generator.template(depth: 3)
            // Partials include no partials: a partial that includes itself never ends, in either renderer.
            generator.includesPartials = false
            let partials = [
                "p": generator.template(depth: 1), "q": generator.template(depth: 2),
                "parent": "<{{$title}}T{{/title}}>\n  {{$body}}\n  B\n  {{/body}}\n{{> p}}\n",
            ]
            let data = generator.values(depth: 3)
            random = generator.random
            let reference = try Self.renderReference(template, partials: partials, data: data)
            let ours = try Self.renderOurs(template, partials: partials, data: data)
            #expect(ours == reference, "round \(round): \(template.debugDescription)")
        }
    }

    @Test(arguments: [
        ("{{#a}}\n{{/b}}", "2:4: a section is closed with a different name than it was opened with"),
        ("x\n{{#a}}", "2:7: a section is opened but never closed"),
        ("{{name", "1:3: a tag is not finished: expected '}}'"),
        ("{{upper(name)}}", "1:3: a tag calls a function ('upper(…)'), which Roundtable's templates do not offer"),
        ("{{> *dynamic}}", "1:3: a partial's name cannot be taken from a value ('*'): name the partial"),
        ("{{=<% =}}", "1:3: malformed set-delimiter tag"),
        ("{{% CONTENT_TYPE: TEXT }}", "1:3: unknown pragma ' CONTENT_TYPE: TEXT ': only CONTENT_TYPE: HTML"),
        ("{{<parent}}{{name}}{{/parent}}", "1:3: only {{$block}} overrides may stand inside {{<parent}}"),
    ])
    func syntaxErrorsSayWhereAndWhat(_ template: String, _ expected: String) {
        #expect(throws: TemplateSyntaxError.self) { try ThemeTemplate(template) }
        do {
            _ = try ThemeTemplate(template)
        } catch {
            #expect("\(error.line):\(error.column): \(error.message)" == expected)
        }
    }
}

/// Templates and values drawn at random from what themes and pages use.
private struct RandomTemplate {
    var random: SeededRandom
    var includesPartials = true
    private let names = ["title", "url", "flag", "count", "items", "tags", "site.title", "missing", ".", "html"]

    mutating func pick<T>(_ options: [T]) -> T { options[Int.random(in: 0..<options.count, using: &random)] }

    mutating func template(depth: Int) -> String {
        var text = ""
        for _ in 0..<Int.random(in: 1...6, using: &random) { text += piece(depth: depth) }
        return text
    }

    private mutating func piece(depth: Int) -> String {
        let indent = pick(["", "", "  ", "\t"])
        let end = pick(["", "\n", "\n", "\r\n", " "])
        switch Int.random(in: 0..<10, using: &random) {
        case 0, 1: return indent + pick(["text", "<b>", "a & b", " "]) + end
        case 2: return indent + "{{" + pick(names) + "}}" + end
        case 3: return indent + "{{{" + pick(names) + "}}}" + end
        case 4 where depth > 0, 5 where depth > 0:
            let name = pick(names.filter { $0 != "." })
            let marker = pick(["#", "#", "^"])
            return indent + "{{\(marker)\(name)}}" + end + template(depth: depth - 1) + indent + "{{/\(name)}}" + end
        case 6 where includesPartials: return indent + "{{> " + pick(["p", "q", "none"]) + "}}" + end
        case 7: return indent + "{{! a comment }}" + end
        case 8 where depth > 0 && includesPartials:
            // An override that extends the same parent again would render itself for ever.
            includesPartials = false
            defer { includesPartials = true }
            return indent + "{{<parent}}" + end + "{{$body}}" + template(depth: depth - 1) + "{{/body}}\n{{/parent}}"
                + end
        default: return indent + "{{$title}}" + pick(["D", "{{title}}"]) + "{{/title}}" + end
        }
    }

    mutating func values(depth: Int) -> [String: Any] {
        var values: [String: Any] = [:]
        for name in ["title", "url", "flag", "count", "items", "tags", "site", "html"] where Bool.random(using: &random)
        {
            values[name] = value(for: name, depth: depth)
        }
        return values
    }

    private mutating func value(for name: String, depth: Int) -> Any {
        switch name {
        case "flag": return Bool.random(using: &random)
        case "count": return Int.random(in: 0..<3, using: &random)
        case "items" where depth > 0:
            return (0..<Int.random(in: 0..<3, using: &random)).map { _ in values(depth: depth - 1) }
        case "tags": return (0..<Int.random(in: 0..<3, using: &random)).map { _ in pick(["a", "b<", ""]) }
        case "site" where depth > 0: return values(depth: depth - 1)
        default: return pick(["x", "Tom & \"Jerry\"", "", "<i>it</i>", "line\nbreak"])
        }
    }
}
