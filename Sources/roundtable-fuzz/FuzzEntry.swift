import Foundation
import RoundtableKit

#if FUZZING
    /// libFuzzer's entry for programs that keep their own `main` (SwiftPM gives every executable one).
    @_silgen_name("LLVMFuzzerRunDriver")
    func LLVMFuzzerRunDriver(
        _ argc: UnsafeMutablePointer<Int32>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
    ) -> Int32

    /// The target libFuzzer drives, named by ROUNDTABLE_FUZZ_TARGET (see scripts/fuzz).
    let fuzzTarget = ProcessInfo.processInfo.environment["ROUNDTABLE_FUZZ_TARGET"] ?? "slug"

    @_cdecl("LLVMFuzzerTestOneInput")
    public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
        FuzzTargets.run(fuzzTarget, bytes.map { Data(bytes: $0, count: count) } ?? Data())
        return 0
    }

    @main
    struct FuzzDriver {
        static func main() {
            var argc = CommandLine.argc
            var argv = CommandLine.unsafeArgv
            exit(LLVMFuzzerRunDriver(&argc, &argv) { bytes, count in fuzzOneInput(bytes, count) })
        }
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
                guard let data = FileManager.default.contents(atPath: path) else {
                    print("cannot read \(path)")
                    exit(1)
                }
                FuzzTargets.run(target, data)
            }
            print("\(arguments.count - 1) inputs passed \(target)")
        }
    }
#endif
