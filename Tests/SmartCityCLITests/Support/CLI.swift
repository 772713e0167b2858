import Foundation
import ProgrammeCore
import TestSupport

@testable import SmartCityCLI

/// What a run of `smartcity` produced.
struct Outcome {
  var status: Int32
  var standardOutput: String
  var standardError: String

  /// The lines of standard error that start with "Error:".
  var errorLines: [String] {
    standardError.split(separator: "\n").map(String.init).filter { $0.hasPrefix("Error:") }
  }
}

enum CLI {
  /// The built `smartcity` binary, beside the test bundle in the build folder.
  static let binary: String = {
    let candidates = [
      URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().path + "/smartcity",
      TestStore.packageRoot + "/.build/debug/smartcity",
    ]
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[1]
  }()

  /// Runs another program (a shell, git, sqlite3, python3) with its output and errors
  /// together, and what it was given on standard input.
  static func shell(_ program: String, _ arguments: [String], input: String? = nil) throws -> (Int32, String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program)
    process.arguments = arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    let inputPipe = Pipe()
    process.standardInput = inputPipe
    try process.run()
    if let input { inputPipe.fileHandleForWriting.write(Data(input.utf8)) }
    try inputPipe.fileHandleForWriting.close()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  /// Runs the built binary as a separate process, as a user would.
  static func run(
    _ arguments: [String], environment: [String: String] = [:], data: String? = nil,
    input: Data? = nil, directory: String? = nil
  ) throws -> Outcome {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: binary)
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    env["SMARTCITY_DATA"] = nil
    env["NO_COLOR"] = nil
    // The language comes from the test, not from the machine running it.
    for name in ["SMARTCITY_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] { env[name] = nil }
    if let data { env["SMARTCITY_DATA"] = data }
    for (key, value) in environment { env[key] = value }
    process.environment = env
    if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
    let output = Pipe()
    let error = Pipe()
    let standardInput = Pipe()
    process.standardOutput = output
    process.standardError = error
    process.standardInput = standardInput
    try process.run()
    if let input { standardInput.fileHandleForWriting.write(input) }
    try standardInput.fileHandleForWriting.close()
    // Read both pipes before waiting, so a large output cannot fill a pipe and block.
    nonisolated(unsafe) var errorData = Data()
    let errorReader = Thread { errorData = error.fileHandleForReading.readDataToEndOfFile() }
    errorReader.start()
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    while !errorReader.isFinished { usleep(1000) }
    return Outcome(
      status: process.terminationStatus, standardOutput: String(decoding: outputData, as: UTF8.self),
      standardError: String(decoding: errorData, as: UTF8.self))
  }

  /// Runs a command line in this process, with buffers for the streams: fast, for breadth.
  static func runInProcess(
    _ arguments: [String], data: String? = nil, terminal: Bool = false, environment: [String: String] = [:],
    today: CalendarDate = CalendarDate(year: 2026, month: 11, day: 23)!, fileSystem: any FileSystem = LocalFileSystem(),
    now: String? = nil
  ) -> Outcome {
    nonisolated(unsafe) var output: [UInt8] = []
    nonisolated(unsafe) var error: [UInt8] = []
    var env = environment
    if let data { env["SMARTCITY_DATA"] = data }
    var context = Context(
      environment: Environment(env), currentDirectory: FileManager.default.currentDirectoryPath,
      standardOutput: OutputSink(isTerminal: terminal) { output.append(contentsOf: $0) },
      standardError: OutputSink(isTerminal: false) { error.append(contentsOf: $0) },
      today: today, fileSystem: fileSystem, readStandardInput: { [] })
    if let now { context.now = { now } }
    let status = SmartCity.main(arguments, context: context)
    return Outcome(
      status: status, standardOutput: String(decoding: output, as: UTF8.self),
      standardError: String(decoding: error, as: UTF8.self))
  }
}
