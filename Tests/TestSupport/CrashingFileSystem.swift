import Foundation
import ProgrammeCore

/// The real file system, until the process "dies" at its `crashAt`-th changing call (a write,
/// rename, removal, link, folder creation or flush): that call does nothing (a write leaves
/// half its bytes, as a kill mid-write does), and every call after it fails, as nothing runs
/// after a kill. Counting with no crash point tells how many changing calls a write makes.
public final class CrashingFileSystem: FileSystem, @unchecked Sendable {
  /// The failure every call gets once the process is dead.
  public static let killed = FileSystemError(path: "(killed)", reason: "killed")

  let base = LocalFileSystem()
  let crashAt: Int?
  private let lock = NSLock()
  private var calls = 0
  private var dead = false

  public init(crashAt: Int? = nil) {
    self.crashAt = crashAt
  }

  /// How many changing calls were made (or attempted) so far.
  public var changingCalls: Int { lock.withLock { calls } }
  /// Whether the crash point was reached.
  public var crashed: Bool { lock.withLock { dead } }

  /// Counts a changing call; `true` when this is the call that dies (after `partial` runs).
  private func change(_ partial: () -> Void = {}) throws(FileSystemError) {
    let dies: Bool = lock.withLock {
      if dead { return false }
      calls += 1
      if calls == crashAt {
        dead = true
        return true
      }
      return false
    }
    if dies {
      partial()
      throw Self.killed
    }
    if crashed { throw Self.killed }
  }

  private func alive() throws(FileSystemError) {
    if crashed { throw Self.killed }
  }

  public func itemKind(at path: String) -> ItemKind { base.itemKind(at: path) }
  public func readFile(at path: String) throws(FileSystemError) -> [UInt8] {
    try alive()
    return try base.readFile(at: path)
  }
  public func writeFile(_ chunks: [[UInt8]], to path: String, permissions: UInt32) throws(FileSystemError) {
    try change {
      let bytes = chunks.flatMap { $0 }
      try? base.writeFile(Array(bytes.prefix(bytes.count / 2)), to: path, permissions: permissions)
    }
    try base.writeFile(chunks, to: path, permissions: permissions)
  }
  public func rename(_ source: String, to destination: String) throws(FileSystemError) {
    try change()
    try base.rename(source, to: destination)
  }
  public func removeItem(at path: String) throws(FileSystemError) {
    try change()
    try base.removeItem(at: path)
  }
  public func removeDirectory(at path: String) throws(FileSystemError) {
    try change()
    try base.removeDirectory(at: path)
  }
  public func synchronizeDirectory(at path: String) throws(FileSystemError) {
    try change()
    try base.synchronizeDirectory(at: path)
  }
  public func contentsOfDirectory(at path: String) throws(FileSystemError) -> [String] {
    try alive()
    return try base.contentsOfDirectory(at: path)
  }
  public func createDirectory(at path: String) throws(FileSystemError) {
    try change()
    try base.createDirectory(at: path)
  }
  public func link(_ existing: String, as newPath: String) throws(FileSystemError) {
    try change()
    try base.link(existing, as: newPath)
  }
  public func permissions(at path: String) -> UInt32? { base.permissions(at: path) }
  public func fileSize(at path: String) -> Int? { base.fileSize(at: path) }
  public func symbolicLinkTarget(at path: String) -> String? { base.symbolicLinkTarget(at: path) }
  public func canonicalPath(_ path: String) -> String? { base.canonicalPath(path) }
  public func writeInPlace(_ chunks: [[UInt8]], to path: String) throws(FileSystemError) {
    try change()
    try base.writeInPlace(chunks, to: path)
  }
  public func lock(directory path: String, exclusive: Bool, timeout: Double) throws(FileSystemError) -> DirectoryLock? {
    try alive()
    return try base.lock(directory: path, exclusive: exclusive, timeout: timeout)
  }
}
