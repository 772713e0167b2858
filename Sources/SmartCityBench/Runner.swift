import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs whole processes and measures them as a user would feel them: wall time from spawn to
/// exit, and, on a separate traced run, the process's own peak resident memory.
enum Runner {
  struct Measurement {
    var milliseconds: Double
    var peakKilobytes: Int
    var status: Int32
  }

  /// Runs `/bin/sh -c command` with output to /dev/null.
  static func run(_ command: String, environment: [String: String] = [:], tracingMemory: Bool = false) -> Measurement {
    spawn(["/bin/sh", "-c", command], environment: environment, tracingMemory: tracingMemory)
  }

  /// Runs a program directly (no shell in between), with output to /dev/null: for timings of a
  /// few milliseconds, where a shell's own start would count.
  ///
  /// The peak memory is measured only when `tracingMemory` is set (on a run that is not timed):
  /// `wait4`'s `ru_maxrss` cannot be used, as Linux carries a process's peak over an `exec`, so
  /// every child of this large process would report this process's own peak. A traced run
  /// instead reads each process's own peak (`VmHWM`) as it exits, under `ptrace`, following the
  /// processes it starts (a shell's jq), and gives the highest.
  static func spawn(_ argv: [String], environment: [String: String] = [:], tracingMemory: Bool = false) -> Measurement {
    let arguments: [UnsafeMutablePointer<CChar>?] = argv.map { (text: String) in strdup(text) } + [nil]
    defer { for argument in arguments { free(argument) } }
    var env = ProcessInfo.processInfo.environment
    for (key, value) in environment { env[key] = value }
    let environmentStrings: [UnsafeMutablePointer<CChar>?] =
      env.map { (key: String, value: String) in strdup("\(key)=\(value)") } + [nil]
    defer { for string in environmentStrings { free(string) } }
    if tracingMemory { return traced(arguments, environmentStrings) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    var start = timespec()
    clock_gettime(CLOCK_MONOTONIC, &start)
    var pid: pid_t = 0
    guard posix_spawn(&pid, argv[0], &actions, nil, arguments, environmentStrings) == 0 else {
      return Measurement(milliseconds: 0, peakKilobytes: 0, status: -1)
    }
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    var end = timespec()
    clock_gettime(CLOCK_MONOTONIC, &end)
    let elapsed = Double(end.tv_sec - start.tv_sec) * 1000 + Double(end.tv_nsec - start.tv_nsec) / 1_000_000
    return Measurement(milliseconds: elapsed, peakKilobytes: 0, status: (status >> 8) & 0xFF)
  }

  /// `ptrace` is variadic in C, which Swift does not call: it is called through its address
  /// with the four arguments it takes on Linux.
  private typealias PtraceFunction = @convention(c) (CInt, pid_t, UnsafeMutableRawPointer?, UnsafeMutableRawPointer?) -> CLong
  private static let ptrace: PtraceFunction? = dlsym(nil, "ptrace").map { unsafeBitCast($0, to: PtraceFunction.self) }

  /// Runs a program under `ptrace` (see `spawn`): its time is not kept, its peak memory is.
  private static func traced(
    _ arguments: [UnsafeMutablePointer<CChar>?], _ environment: [UnsafeMutablePointer<CChar>?]
  ) -> Measurement {
    // Linux's requests and options (linux/ptrace.h).
    let traceMe: CInt = 0
    let resume: CInt = 7
    let setOptions: CInt = 0x4200
    let exitEvent: CInt = 6
    let options = 0x2 | 0x4 | 0x8 | 0x40 | 0x10_0000  // fork, vfork, clone, exit; kill them if we die
    guard let ptrace, let path = arguments.first ?? nil, let devNull = strdup("/dev/null") else {
      return Measurement(milliseconds: 0, peakKilobytes: 0, status: -1)
    }
    defer { free(devNull) }
    let root = fork()
    if root == 0 {
      // The child: only calls that are safe between fork and exec.
      _ = ptrace(traceMe, 0, nil, nil)
      dup2(open(devNull, O_WRONLY), 1)
      execve(path, arguments, environment)
      _exit(127)
    }
    guard root > 0 else { return Measurement(milliseconds: 0, peakKilobytes: 0, status: -1) }
    var status: Int32 = 0
    // The first stop is the program's exec; every process it starts is traced from birth. A
    // system that refuses tracing runs the program untraced: no peak (0) and its exit status.
    waitpid(root, &status, 0)
    guard status & 0xFF == 0x7F else {
      return Measurement(milliseconds: 0, peakKilobytes: 0, status: status & 0x7F == 0 ? (status >> 8) & 0xFF : -1)
    }
    _ = ptrace(setOptions, root, nil, UnsafeMutableRawPointer(bitPattern: options))
    _ = ptrace(resume, root, nil, nil)
    var peak = 0
    var exitStatus: Int32 = -1
    while true {
      let pid = waitpid(-1, &status, __WALL)
      guard pid > 0 else { break }
      let stopped = status & 0xFF == 0x7F
      guard stopped else {
        if pid == root {
          exitStatus = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
          break
        }
        continue
      }
      let signal = (status >> 8) & 0xFF
      var delivered: Int32 = 0
      if status >> 16 == exitEvent {
        peak = max(peak, ownPeak(of: pid))
      } else if status >> 16 == 0, signal != SIGSTOP, signal != SIGTRAP {
        // A signal meant for the program (not a new process's first stop): passed on.
        delivered = signal
      }
      _ = ptrace(resume, pid, nil, UnsafeMutableRawPointer(bitPattern: Int(delivered)))
    }
    return Measurement(milliseconds: 0, peakKilobytes: peak, status: exitStatus)
  }

  /// A live process's own peak resident memory in kilobytes (`VmHWM` in its status).
  private static func ownPeak(of pid: pid_t) -> Int {
    guard let text = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
      let line = text.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
    else { return 0 }
    return line.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
  }

  /// The median of `runs` runs after one warm-up run (which fills the page cache, and is the
  /// traced run that measures the peak memory).
  static func median(_ runs: Int, _ command: (Int) -> String) -> Measurement {
    let warmUp = run(command(-1), tracingMemory: true)
    var middle = middleRun((0..<runs).map { run(command($0)) })
    middle.peakKilobytes = warmUp.peakKilobytes
    middle.status = max(middle.status, warmUp.status)
    return middle
  }

  /// The medians of `runs` rounds of direct runs of several programs, one run of each per
  /// round after a warm-up round (traced, for the peak memory): on a shared machine whose speed
  /// changes by the minute, a slow spell then falls on every program alike, and their ratios
  /// hold.
  static func interleavedMedians(_ runs: Int, direct argvs: [[String]]) -> [Measurement] {
    let warmUp = argvs.map { spawn($0, tracingMemory: true) }
    var measurements = [[Measurement]](repeating: [], count: argvs.count)
    for _ in 0..<runs {
      for (index, argv) in argvs.enumerated() { measurements[index].append(spawn(argv)) }
    }
    return zip(measurements, warmUp).map { runs, warmUp in
      var middle = middleRun(runs)
      middle.peakKilobytes = warmUp.peakKilobytes
      middle.status = max(middle.status, warmUp.status)
      return middle
    }
  }

  /// The run of median time, with the worst exit status of all.
  private static func middleRun(_ measurements: [Measurement]) -> Measurement {
    var middle = measurements.sorted { $0.milliseconds < $1.milliseconds }[measurements.count / 2]
    middle.status = measurements.map(\.status).max() ?? 0
    return middle
  }
}
