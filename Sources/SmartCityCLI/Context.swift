import ProgrammeCore

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif
#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The outside world a command sees: its environment, streams, clock and file system. Tests
/// build one with buffers in place of the real streams.
struct Context {
  /// The environment variables the tool reads (`variablesRead`) that are set.
  var environment: Environment
  var currentDirectory: String
  var standardOutput: OutputSink
  var standardError: OutputSink
  /// Today's date, for refusing signing dates in the far future.
  var today: CalendarDate
  var fileSystem: any FileSystem
  /// Reads all of standard input (for `import -`).
  var readStandardInput: () -> [UInt8]
  /// Holds large values until the process exits, so it does not spend time freeing a million
  /// records one by one just before the system reclaims all its memory at once (as compilers
  /// do). Tests pass a pool that is simply dropped.
  var keptUntilExit = ExitPool()
  /// The command line as typed (without the program name), for the journal.
  var commandLine: [String] = []
  /// Asks a yes/no question on the terminal; `nil` when standard input is not a terminal, so
  /// that scripts must say `--yes`.
  var confirm: ((String) -> Bool)? = nil
  /// The time now, as the journal records it.
  var now: () -> String = { Context.timestamp(Date()) }
  /// The language people read: `--lang`, else `SMARTCITY_LANG`, else the locale.
  var language: Language = .english
  /// How many columns the terminal standard output shows, where it is one: what a table is
  /// fitted to. `nil` elsewhere (a pipe, a file, a test's buffer).
  var terminalColumns: Int? = nil

  /// Every environment variable the tool reads; the live context reads only these.
  static let variablesRead =
    ["SMARTCITY_DATA", "SMARTCITY_LOCK_TIMEOUT", "NO_COLOR", "TERM", "COLUMNS", "TMPDIR"] + Language.environmentVariables

  /// The context of the running process.
  static func live() -> Context {
    var confirm: ((String) -> Bool)? = nil
    if isatty(STDIN_FILENO) == 1 && isatty(STDERR_FILENO) == 1 { confirm = { askOnTerminal($0) } }
    let environment = POSIX.environment(named: variablesRead)
    var context = Context(
      environment: Environment(environment),
      currentDirectory: POSIX.currentDirectory() ?? ".",
      standardOutput: OutputSink(descriptor: STDOUT_FILENO),
      standardError: OutputSink(descriptor: STDERR_FILENO),
      today: CalendarDate(Date()),
      fileSystem: LocalFileSystem(),
      readStandardInput: { Context.readAll(descriptor: STDIN_FILENO) },
      confirm: confirm)
    if isatty(STDOUT_FILENO) == 1 {
      // `COLUMNS` as the shell exports it, else the terminal's own size.
      var size = winsize()
      if let columns = environment.first(where: { $0.name == "COLUMNS" }).flatMap({ Int($0.value) }), columns > 0 {
        context.terminalColumns = columns
      } else if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
        context.terminalColumns = Int(size.ws_col)
      }
    }
    return context
  }

  /// Prints the question on standard error and reads the answer; only "y", "yes" or "ya" agree.
  static func askOnTerminal(_ question: String) -> Bool {
    let prompt = Array((question + " [y/N] ").utf8)
    _ = prompt.withUnsafeBytes { POSIX.write(STDERR_FILENO, $0.baseAddress!, $0.count) }
    guard let answer = readLine() else { return false }
    return ["y", "yes", "ya"].contains(answer.trimmingWhitespace.lowercased())
  }

  /// A message of the catalogue in the chosen language.
  func text(_ message: Message, _ values: [String: Phrase.Value] = [:]) -> String {
    Phrase(message, values).text(in: language)
  }

  /// `2026-11-23T10:15:00Z`.
  static func timestamp(_ date: Date) -> String {
    date.formatted(.iso8601)
  }

  /// Everything a descriptor gives until its end (standard input, for `import -`).
  static func readAll(descriptor: Int32) -> [UInt8] {
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while true {
      let count = buffer.withUnsafeMutableBytes { POSIX.read(descriptor, $0.baseAddress!, $0.count) }
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else { return bytes }
      bytes.append(contentsOf: buffer[..<count])
    }
  }

  /// What the journal records of the running command.
  var journalLabel: JournalEntry.Label {
    let words = commandLine.map { word in
      word.isEmpty || word.contains(where: { " \"'\\$".contains($0) })
        ? word.quotedForShell : word
    }
    return JournalEntry.Label(command: (["smartcity"] + words).joined(separator: " ").escapingControlCharacters, time: now())
  }

  /// Whether colour may be used on standard output: a terminal, `NO_COLOR` unset, `TERM` not
  /// `dumb`, and no `--no-color`.
  func usesColor(_ arguments: ParsedArguments) -> Bool {
    standardOutput.isTerminal && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
      && !arguments.flag(.noColor)
  }

  /// The store named by `--data`, else `SMARTCITY_DATA`, else `./Data`.
  func store(_ arguments: ParsedArguments) throws(CommandFailure) -> Store {
    let named = arguments.value(.data) ?? environment["SMARTCITY_DATA"].flatMap { $0.isEmpty ? nil : $0 }
    let directory = named ?? "Data"
    guard !directory.isEmpty else {
      throw .usage(.invalidValue("", option: "--data <dir>", reason: Phrase(.nameAFolder)))
    }
    // Relative paths are resolved by the system against the process's working folder.
    var store = Store(directory: directory, fileSystem: fileSystem, lockTimeout: try lockTimeout())
    store.today = today
    return store
  }

  /// `SMARTCITY_LOCK_TIMEOUT`, checked as an option would be: seconds from 0 to 3600, written
  /// as digits with an optional decimal point (10 by default).
  func lockTimeout() throws(CommandFailure) -> Double {
    guard let raw = environment["SMARTCITY_LOCK_TIMEOUT"] else { return 10 }
    let parts = raw.split(separator: ".", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.utf8.allSatisfy { (0x30...0x39).contains($0) } }),
      let seconds = Double(raw), seconds <= 3600
    else {
      throw .usage(.invalidEnvironment(name: "SMARTCITY_LOCK_TIMEOUT", value: raw, reason: Phrase(.expectedSeconds)))
    }
    return seconds
  }

  /// The addresses of the `--source` values that were completed when stored (`example.org/x`
  /// kept as `https://example.org/x`), for the confirmation: a person sees what was kept. Empty
  /// when every address was typed whole.
  func sourcesAsStored(_ arguments: ParsedArguments) -> String {
    let completed = arguments.allValues(.source).flatMap { typed -> [String] in
      let sources = (try? Source.typed(typed)) ?? []
      // Several addresses in one value are named as stored, each on its own.
      guard sources.count == 1 else { return sources.compactMap(\.url) }
      guard let url = sources.first?.url, url != typed.trimmingWhitespace else { return [] }
      return [url]
    }
    guard !completed.isEmpty else { return "" }
    return text(completed.count == 1 ? .sourceStoredAs : .sourcesStoredAs, ["addresses": .texts(completed)])
  }

  /// The registry as read, after printing on standard error what a person should know about
  /// how it was read (a read-only store with an unfinished write); it is kept until the process
  /// exits (`keptUntilExit`), so that no command spends its last milliseconds freeing it.
  @discardableResult
  func reporting(_ registry: Registry) -> Registry {
    for warning in registry.readWarnings {
      standardError.writeLine("Warning: " + warning.text(in: language))
    }
    keptUntilExit.keep(registry)
    return registry
  }
}

/// Why a command stopped: a usage error (with the command's usage line) or a refusal.
enum CommandFailure: Error {
  case usage(UsageError)
  case programme(ProgrammeError)
  /// A refusal of the command layer's own, with its exit status.
  case other(Phrase, ExitCode)
}

/// Values kept alive until the process exits; see `Context.keptUntilExit`.
final class ExitPool {
  private var values: [Any] = []

  func keep(_ value: Any) {
    values.append(value)
  }
}

// MARK: - Messages

extension Message {
  static let expectedSeconds = Message(
    english: "expected seconds from 0 to 3600, such as 10 or 2.5",
    indonesian: "seharusnya detik dari 0 sampai 3600, misalnya 10 atau 2.5")
  static let nameAFolder = Message(
    english: "name a folder",
    indonesian: "sebutkan sebuah folder")
  static let sourceStoredAs = Message(
    english: "; source stored as {addresses}",
    indonesian: "; sumber disimpan sebagai {addresses}")
  static let sourcesStoredAs = Message(
    english: "; sources stored as {addresses}",
    indonesian: "; sumber-sumber disimpan sebagai {addresses}")
}
