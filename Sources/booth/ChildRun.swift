import BoothKit
import Foundation

/// Runs this same `booth` binary as a child process, its standard output to /dev/null: wall time, CPU
/// time (user + system, from `wait4`), and the child's own peak resident memory. The benchmark uses it so
/// that a command's memory is measured on its own, not mixed with the benchmark's. (`wait4`'s `ru_maxrss`
/// will not do: Linux carries the parent's high-water mark into a spawned child, so the child records its
/// `VmHWM` itself, at exit, into the file named by `BOOTH_PEAK_MEMORY_FILE`.)
enum ChildRun {
    struct Measurement {
        var seconds: Double
        var peakMegabytes: Double
        var status: Int32
        /// User and system CPU time: beside the wall time, how many cores the run kept busy.
        var cpuSeconds: Double = 0
    }

    static let peakMemoryVariable = "BOOTH_PEAK_MEMORY_FILE"

    /// In the child: write the peak resident memory (kB, `VmHWM` of /proc/self/status) at exit.
    static func recordPeakMemoryAtExitIfAsked() {
        guard getenv(peakMemoryVariable) != nil else { return }
        atexit {
            guard let target = getenv(ChildRun.peakMemoryVariable),
                  let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
                  let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return }
            let kilobytes = line.split(separator: " ").dropFirst().first.map(String.init) ?? "0"
            try? kilobytes.write(toFile: String(cString: target), atomically: false, encoding: .utf8)
        }
    }

    static func booth(_ arguments: [String]) throws -> Measurement {
        let peakFile = FileManager.default.temporaryDirectory.appendingPathComponent("booth-peak-\(getpid())").path
        setenv(peakMemoryVariable, peakFile, 1)
        defer { unsetenv(peakMemoryVariable); unlink(peakFile) }
        let executable = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let clock = ContinuousClock()
        let start = clock.now
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard spawned == 0 else { throw InputError.io(file: executable, reason: String(cString: strerror(spawned))) }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let seconds = (clock.now - start).inSeconds
        let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        let peak = (try? String(contentsOfFile: peakFile, encoding: .utf8)).flatMap { Double($0) } ?? .nan
        func inSeconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) * 1e-6 }
        return Measurement(seconds: seconds, peakMegabytes: peak / 1024, status: exitStatus,
                           cpuSeconds: inSeconds(usage.ru_utime) + inSeconds(usage.ru_stime))
    }
}
