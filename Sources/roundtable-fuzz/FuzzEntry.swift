import Foundation
import RoundtableKit

#if FUZZING
/// The target libFuzzer drives, named by ROUNDTABLE_FUZZ_TARGET (see scripts/fuzz).
let fuzzTarget = ProcessInfo.processInfo.environment["ROUNDTABLE_FUZZ_TARGET"] ?? "slug"

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    FuzzTargets.run(fuzzTarget, Data(bytes: bytes, count: count))
    return 0
}
#else
/// Without libFuzzer: `roundtable-fuzz TARGET FILE…` replays inputs through a target.
@main
struct FuzzReplay {
    static func main() {
        let arguments = CommandLine.arguments.dropFirst()
        guard let target = arguments.first, FuzzTargets.names.contains(target) else {
            print("usage: roundtable-fuzz \(FuzzTargets.names.joined(separator: "|")) FILE…")
            exit(2)
        }
        for path in arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else { print("cannot read \(path)"); exit(1) }
            FuzzTargets.run(target, data)
        }
        print("\(arguments.count - 1) inputs passed \(target)")
    }
}
#endif
