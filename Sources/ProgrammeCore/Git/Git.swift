#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The `git` the user already has, run as a separate process: the registry never reimplements
/// it, it reads revisions of the store through it.
public struct Git: Sendable {
  /// The folder git runs in (any folder inside the work tree).
  public var directory: String

  public init(directory: String) {
    self.directory = directory
  }

  /// Runs `git` with the arguments and returns its standard output; a failure says what git said.
  public func run(_ arguments: [String]) throws(ProgrammeError) -> [UInt8] {
    let result = try execute(arguments)
    guard result.status == 0 else {
      let message = String(decoding: result.error, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? ""
      throw .gitFailed(command: "git " + arguments.joined(separator: " "), message: message.trimmingWhitespace)
    }
    return result.output
  }

  /// Git's own line merge of one file (`git merge-file -p`): the merged bytes, with conflict
  /// markers where both sides changed the same lines, and how many conflicts there are.
  public func mergeFile(ours: String, base: String, theirs: String) throws(ProgrammeError) -> (bytes: [UInt8], conflicts: Int) {
    let result = try execute(["merge-file", "-p", ours, base, theirs])
    // merge-file exits with the number of conflicts, or a negative status on an error.
    guard (0...127).contains(result.status) else {
      throw .gitFailed(command: "git merge-file", message: String(decoding: result.error, as: UTF8.self).trimmingWhitespace)
    }
    return (result.output, Int(result.status))
  }

  /// Runs `git` and returns its exit status and both outputs.
  func execute(
    _ arguments: [String], input: [UInt8] = []
  ) throws(ProgrammeError) -> (status: Int32, output: [UInt8], error: [UInt8]) {
    let result: Subprocess
    do {
      // `-C` rather than a working folder for the child: the same on every platform.
      result = try Subprocess.run("git", ["-C", directory] + arguments, input: input)
    } catch {
      throw .gitUnavailable(reason: error.reason)
    }
    if result.status == 127 {
      throw .gitUnavailable(reason: String(decoding: result.error, as: UTF8.self).trimmingWhitespace)
    }
    // Git's own words for the commonest refusal ("fatal: not a git repository (or any of the
    // parent directories): .git") are said in the tool's, with what to do.
    if result.status != 0, String(decoding: result.error, as: UTF8.self).contains("not a git repository") {
      throw .notARepository(path: directory)
    }
    return (result.status, result.output, result.error)
  }

  /// `run` as text, without the final newline.
  public func text(_ arguments: [String]) throws(ProgrammeError) -> String {
    var text = String(decoding: try run(arguments), as: UTF8.self)
    while text.hasSuffix("\n") { text.removeLast() }
    return text
  }

  /// The store folder's path inside the repository (`Data/`), as git names it.
  public func prefix() throws(ProgrammeError) -> String {
    try text(["rev-parse", "--show-prefix"])
  }

  /// The store folder's path inside the repository, with one git process that also checks a
  /// revision (`:`, the staged index, needs no check).
  public func prefix(checking revision: String) throws(ProgrammeError) -> String {
    guard revision != ":" else { return try prefix() }
    let result = try execute(["rev-parse", "--show-prefix", "--verify", "--quiet", revision + "^{commit}"])
    let message = String(decoding: result.error, as: UTF8.self).trimmingWhitespace
    guard result.status == 0 else {
      // Quiet means the revision is unknown; anything said is git's own refusal.
      guard message.isEmpty else {
        throw .gitFailed(command: "git rev-parse", message: message.split(separator: "\n").first.map(String.init) ?? message)
      }
      throw .unknownRevision(revision: revision)
    }
    return String(decoding: result.output, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).first.map(
      String.init) ?? ""
  }

  /// A file as a revision holds it (`HEAD~1`, a branch, a tag, or `:` for the staged index), or
  /// `nil` when the revision has no such file.
  public func file(_ path: String, at revision: String) throws(ProgrammeError) -> [UInt8]? {
    let result = try execute(["cat-file", "blob", Self.spec(path, at: revision)])
    guard result.status == 0 else {
      try checkRevision(revision)
      return nil
    }
    return result.output
  }

  /// Writes files as a revision holds them into a folder, each under its name, through one
  /// `git cat-file --batch` (starting a process costs tens of milliseconds here, so one per file
  /// would cost more than reading a large store); returns the names the revision has.
  public func copy(
    _ files: [(path: String, name: String)], at revision: String, into folder: String,
    fileSystem: any FileSystem = LocalFileSystem()
  ) throws(ProgrammeError) -> [String] {
    let input = files.map { Self.spec($0.path, at: revision) + "\n" }.joined()
    let result = try execute(["cat-file", "--batch"], input: Array(input.utf8))
    guard result.status == 0 else {
      throw .gitFailed(command: "git cat-file --batch", message: String(decoding: result.error, as: UTF8.self).trimmingWhitespace)
    }
    // Each answer is "<id> blob <size>\n<bytes>\n", or "<name> missing\n".
    let bytes = result.output
    var position = 0
    var copied: [String] = []
    for file in files {
      guard let end = bytes[position...].firstIndex(of: 0x0A) else { break }
      let header = String(decoding: bytes[position..<end], as: UTF8.self)
      position = end + 1
      let words = header.split(separator: " ")
      guard words.count == 3, words[1] == "blob", let size = Int(words[2]), position + size <= bytes.count else { continue }
      do throws(FileSystemError) {
        try fileSystem.writeFile(Array(bytes[position..<(position + size)]), to: folder + "/" + file.name, permissions: 0o644)
      } catch {
        throw .writeFailed(path: error.path, reason: error.reason)
      }
      copied.append(file.name)
      position += size + 1
    }
    return copied
  }

  static func spec(_ path: String, at revision: String) -> String {
    revision == ":" ? ":" + path : revision + ":" + path
  }

  /// An unknown revision is the user's mistake, said as such (a file the revision lacks is not).
  func checkRevision(_ revision: String) throws(ProgrammeError) {
    guard revision == ":" || (try? run(["rev-parse", "--verify", "--quiet", revision + "^{commit}"])) != nil else {
      throw .unknownRevision(revision: revision)
    }
  }
}
