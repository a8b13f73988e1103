import Foundation

/// `roundtable pairs sample`: writes a synthetic pair file for each round whose participants and
/// countries are known, into content/pairs/.
public enum SamplePairWriter {
    public struct Report: Sendable {
        public var written: [String] = []
        public var skipped: [String] = []
        public var diagnostics: [Diagnostic] = []
    }

    public static func write(contentDirectory: String, seed: UInt64, roundIDs: [String], overwrite: Bool) -> Report {
        var report = Report()
        let roundsFolder = contentDirectory + "/rounds"
        let files = FileSystem.disk.files(in: roundsFolder, suffix: ".yaml")
        let wanted = roundIDs.isEmpty ? files.map { String($0.dropLast(".yaml".count)) } : roundIDs
        for id in wanted {
            let path = "\(roundsFolder)/\(id).yaml"
            guard let data = FileManager.default.contents(atPath: path) else {
                report.diagnostics.append(
                    .error(
                        "no round '\(id)': \(path) does not exist",
                        note: Suggestion.note(for: id, in: files.map { String($0.dropLast(".yaml".count)) })))
                continue
            }
            let source: SourceText
            switch TextDecoder.decode(data, path: path) {
            case .success(let text): source = text
            case .failure(let diagnostic):
                report.diagnostics.append(diagnostic)
                continue
            }
            let (round, problems) = Round.load(source, expectedID: id)
            report.diagnostics += problems
            guard let round else { continue }
            let target = "\(contentDirectory)/pairs/\(id).csv"
            switch SamplePairGenerator.csv(for: round, seed: seed) {
            case .failure(.unknownFigures):
                report.skipped.append("\(id): participants or countries unknown")
            case .failure(.impossible(let reason)):
                report.diagnostics.append(source.error("cannot make sample pairs: \(reason)", line: 1))
            case .success(let csv):
                if FileManager.default.fileExists(atPath: target), !overwrite {
                    report.skipped.append("\(id): \(target) exists (--force replaces it)")
                    continue
                }
                do {
                    try FileManager.default.createDirectory(
                        atPath: contentDirectory + "/pairs", withIntermediateDirectories: true)
                    try Data(csv.utf8).write(to: URL(fileURLWithPath: target), options: .atomic)
                    report.written.append(target)
                } catch {
                    report.diagnostics.append(.error("cannot write \(target): \(error.localizedDescription)"))
                }
            }
        }
        return report
    }
}
