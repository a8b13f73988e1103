import ArgumentParser
import Crypto
import Foundation

struct PairsKeygenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keygen",
        abstract: "Write a new random key for `pairs anonymise` (256 bits, readable only by you).",
        discussion:
            "Keep the key outside content/ and out of version control: with it, pseudonyms can be linked back to "
            + "the raw export. A key-file inside the content folder (--source, or any folder holding a "
            + "site.yaml above the key-file) is refused.\n\nExample:\n  roundtable pairs keygen ../pairs.key"
    )

    @Argument(help: ArgumentHelp("Where to write the key.", valueName: "key-file"))
    var keyFile: String

    @Option(name: .long, help: ArgumentHelp("The content folder.", valueName: "dir"))
    var source: String = "content"

    func run() throws {
        if let folder = ContentFolder.containing(keyFile, source: source) {
            throw CommandFailure(
                "\(keyFile) is inside the content folder \(folder), which goes into git and is shared; write the "
                    + "key outside the project (for example ../pairs.key) or into a folder git ignores"
            )
        }
        guard !FileManager.default.fileExists(atPath: keyFile) else {
            throw CommandFailure(
                "\(keyFile) exists; a new key would change every pseudonym, so remove the old one yourself if you "
                    + "mean it"
            )
        }
        let key = SymmetricKey(size: .bits256)
        let hex = key.withUnsafeBytes { $0.map { String(format: "%02x", $0) }.joined() }
        guard
            FileManager.default.createFile(
                atPath: keyFile, contents: Data((hex + "\n").utf8), attributes: [.posixPermissions: 0o600])
        else {
            throw CommandFailure("cannot write \(keyFile)")
        }
        print("wrote a 256-bit key to \(keyFile)")
    }
}
