import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The time from saving a topic to the reload event reaching an open page, through a real
/// `roundtable serve`: the server is started on a free port, an event stream opened as the
/// page's script opens it, and the topic's body edited `repeats` times.
struct ReloadLatency {
    let best: Double
    let median: Double

    static func measure(roundtable: String, project: URL, topic: URL, repeats: Int) throws -> ReloadLatency {
        let server = Process()
        server.executableURL = URL(fileURLWithPath: roundtable)
        server.arguments = ["serve", "--port", "0", "--quiet"]
        server.currentDirectoryURL = project
        let output = Pipe()
        server.standardOutput = output
        server.standardError = FileHandle.nullDevice
        try server.run()
        defer {
            kill(server.processIdentifier, SIGINT)
            server.waitUntilExit()
        }
        var line = ""
        while !line.hasSuffix("\n"), server.isRunning {
            line += String(decoding: output.fileHandleForReading.availableData, as: UTF8.self)
        }
        guard let address = line.split(separator: " ").dropFirst().first, let port = URL(string: String(address))?.port
        else { throw BenchmarkError("serve did not start: \(line)") }

        let events = try EventStream(port: port)
        defer { close(events.socket) }
        try events.waitForBuilds(1)
        let original = try String(contentsOf: topic, encoding: .utf8)
        defer { try? original.write(to: topic, atomically: false, encoding: .utf8) }
        var times: [Double] = []
        for edit in 1...repeats {
            Thread.sleep(forTimeInterval: 0.3)
            let started = DispatchTime.now().uptimeNanoseconds
            try (original + "\nAn edit while serving, number \(edit).\n").write(
                to: topic, atomically: false, encoding: .utf8)
            try events.waitForBuilds(edit + 1)
            times.append(Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9)
        }
        times.sort()
        return ReloadLatency(best: times[0], median: times[times.count / 2])
    }

    /// The event stream as a page's script reads it, counting `build` events.
    private final class EventStream {
        let socket: Int32
        private var received = ""

        init(port: Int) throws {
            #if canImport(Glibc)
                socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            #else
                socket = Darwin.socket(AF_INET, SOCK_STREAM, 0)
            #endif
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = in_port_t(UInt16(port).bigEndian)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            let connected = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                }
            }
            guard connected == 0 else { throw BenchmarkError("cannot connect to the preview on port \(port)") }
            let request = Array("GET /__roundtable/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".utf8)
            _ = write(socket, request, request.count)
        }

        func waitForBuilds(_ count: Int) throws {
            var buffer = [UInt8](repeating: 0, count: 65536)
            while received.components(separatedBy: "event: build").count - 1 < count {
                let read = recv(socket, &buffer, buffer.count, 0)
                guard read > 0 else { throw BenchmarkError("the event stream ended") }
                received += String(decoding: buffer[0..<read], as: UTF8.self)
            }
        }
    }
}
