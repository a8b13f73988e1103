/// A theme's templates by name (`topic`, `partials/header`…): what partials and inheritance refer to.
package struct ThemeTemplateSet: Sendable {
    let templates: [String: ThemeTemplate]

    package init(_ templates: [String: ThemeTemplate]) {
        self.templates = templates
    }

    /// Renders `name` with `context` at the bottom of the stack; nil when there is no such template.
    package func render(_ context: Any, withTemplate name: String) -> String? {
        guard let template = templates[name] else { return nil }
        var renderer = TemplateRenderer(templates: self, root: context)
        var output = ""
        output.reserveCapacity(32 * 1024)
        renderer.render(template, into: &output)
        return output
    }
}
