import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs whole processes and measures them as a user would feel them: wall time from spawn to
/// exit, and the child's peak resident memory.
enum Runner {
  struct Measurement {
    var milliseconds: Double
    var peakKilobytes: Int
    var status: Int32
  }

  /// Runs `/bin/sh -c command` with output to /dev/null.
  static func run(_ command: String, environment: [String: String] = [:]) -> Measurement {
    spawn(["/bin/sh", "-c", command], environment: environment)
  }

  /// Runs a program directly (no shell in between), with output to /dev/null: for timings of a
  /// few milliseconds, where a shell's own start would count.
  static func spawn(_ argv: [String], environment: [String: String] = [:]) -> Measurement {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    let arguments: [UnsafeMutablePointer<CChar>?] = argv.map { (text: String) in strdup(text) } + [nil]
    defer { for argument in arguments { free(argument) } }
    var env = ProcessInfo.processInfo.environment
    for (key, value) in environment { env[key] = value }
    let environmentStrings: [UnsafeMutablePointer<CChar>?] =
      env.map { (key: String, value: String) in strdup("\(key)=\(value)") } + [nil]
    defer { for string in environmentStrings { free(string) } }
    var start = timespec()
    clock_gettime(CLOCK_MONOTONIC, &start)
    var pid: pid_t = 0
    guard posix_spawn(&pid, argv[0], &actions, nil, arguments, environmentStrings) == 0 else {
      return Measurement(milliseconds: 0, peakKilobytes: 0, status: -1)
    }
    var status: Int32 = 0
    var usage = rusage()
    wait4(pid, &status, 0, &usage)
    var end = timespec()
    clock_gettime(CLOCK_MONOTONIC, &end)
    let elapsed = Double(end.tv_sec - start.tv_sec) * 1000 + Double(end.tv_nsec - start.tv_nsec) / 1_000_000
    return Measurement(milliseconds: elapsed, peakKilobytes: Int(usage.ru_maxrss), status: (status >> 8) & 0xFF)
  }

  /// The median of `runs` runs after one warm-up run (which fills the page cache).
  static func median(_ runs: Int, _ command: (Int) -> String) -> Measurement {
    median(runs, of: { run(command($0)) })
  }

  /// The median of `runs` direct runs of a program after one warm-up run.
  static func median(_ runs: Int, direct argv: [String]) -> Measurement {
    median(runs, of: { _ in spawn(argv) })
  }

  /// The medians of `runs` rounds of direct runs of several programs, one run of each per
  /// round after a warm-up round: on a shared machine whose speed changes by the minute, a slow
  /// spell then falls on every program alike, and their ratios hold.
  static func interleavedMedians(_ runs: Int, direct argvs: [[String]]) -> [Measurement] {
    var measurements = [[Measurement]](repeating: [], count: argvs.count)
    for round in -1..<runs {
      for (index, argv) in argvs.enumerated() {
        let measurement = spawn(argv)
        if round >= 0 { measurements[index].append(measurement) }
      }
    }
    return measurements.map { runs in
      var middle = runs.sorted { $0.milliseconds < $1.milliseconds }[runs.count / 2]
      middle.peakKilobytes = runs.map(\.peakKilobytes).max() ?? 0
      middle.status = runs.map(\.status).max() ?? 0
      return middle
    }
  }

  static func median(_ runs: Int, of measure: (Int) -> Measurement) -> Measurement {
    _ = measure(-1)
    let measurements = (0..<runs).map { measure($0) }
    let sorted = measurements.sorted { $0.milliseconds < $1.milliseconds }
    var middle = sorted[sorted.count / 2]
    middle.peakKilobytes = measurements.map(\.peakKilobytes).max() ?? 0
    middle.status = measurements.map(\.status).max() ?? 0
    return middle
  }
}
