/// The file operations the store needs, as a seam: tests inject failures (a full disk, a
/// failed rename) through it without touching the real disk's behaviour.
public protocol FileSystem: Sendable {
  /// What is at a path, following symbolic links.
  func itemKind(at path: String) -> ItemKind
  /// The whole contents of a file.
  func readFile(at path: String) throws(FileSystemError) -> [UInt8]
  /// The whole contents of a file, read into `buffer`; valid until the buffer is next filled.
  func readFile(at path: String, into buffer: ReadBuffer) throws(FileSystemError) -> UnsafeBufferPointer<UInt8>
  /// Creates or truncates a file, writes all the pieces in order and flushes them to the disk.
  func writeFile(_ chunks: [[UInt8]], to path: String, permissions: UInt32) throws(FileSystemError)
  /// Atomically replaces `destination` with `source`.
  func rename(_ source: String, to destination: String) throws(FileSystemError)
  func removeItem(at path: String) throws(FileSystemError)
  /// Removes an empty folder.
  func removeDirectory(at path: String) throws(FileSystemError)
  /// Flushes a folder's entries, so that a rename survives a power loss.
  func synchronizeDirectory(at path: String) throws(FileSystemError)
  /// The names in a folder.
  func contentsOfDirectory(at path: String) throws(FileSystemError) -> [String]
  func createDirectory(at path: String) throws(FileSystemError)
  /// Gives the file at `existing` a second name, `newPath` (a hard link), or copies it where
  /// the file system cannot link. The journal keeps replaced files this way without copying.
  func link(_ existing: String, as newPath: String) throws(FileSystemError)
  /// The permission bits of a file, if it exists.
  func permissions(at path: String) -> UInt32?
  /// The size of a file in bytes, if it exists.
  func fileSize(at path: String) -> Int?
  /// Where a symbolic link points, as written in the link; `nil` when the path is not a link.
  func symbolicLinkTarget(at path: String) -> String?
  /// The absolute path with every link and `.`/`..` resolved, for a path that exists.
  func canonicalPath(_ path: String) -> String?
  /// Writes into what is already at the path (a device, a FIFO, a terminal), neither creating
  /// nor replacing it.
  func writeInPlace(_ chunks: [[UInt8]], to path: String) throws(FileSystemError)
  /// Locks a folder (shared for readers, exclusive for writers), waiting at most `timeout`
  /// seconds; `nil` when the wait ran out.
  func lock(directory path: String, exclusive: Bool, timeout: Double) throws(FileSystemError) -> DirectoryLock?
}

extension FileSystem {
  /// Creates or truncates a file, writes all bytes and flushes them to the disk.
  public func writeFile(_ bytes: [UInt8], to path: String, permissions: UInt32) throws(FileSystemError) {
    try writeFile([bytes], to: path, permissions: permissions)
  }

  /// Copies the file: the fallback for file systems without hard links.
  public func link(_ existing: String, as newPath: String) throws(FileSystemError) {
    try writeFile(try readFile(at: existing), to: newPath, permissions: permissions(at: existing) ?? 0o644)
  }

  /// Reads the whole file, then copies it into the buffer.
  public func readFile(at path: String, into buffer: ReadBuffer) throws(FileSystemError) -> UnsafeBufferPointer<UInt8> {
    buffer.fill(with: try readFile(at: path))
  }
}

/// What a path names.
public enum ItemKind: Sendable {
  case missing
  case file
  case directory
  case other
}

/// A failed file operation, with the system's reason.
public struct FileSystemError: Error, Equatable, Sendable {
  public var path: String
  public var reason: String
  /// Whether the path did not exist.
  public var isMissing: Bool
  /// Whether the place cannot be written at all (a read-only mount, or no permission), as
  /// opposed to a write that failed on the way (a full disk).
  public var isReadOnly: Bool

  public init(path: String, reason: String, isMissing: Bool = false, isReadOnly: Bool = false) {
    self.path = path
    self.reason = reason
    self.isMissing = isMissing
    self.isReadOnly = isReadOnly
  }
}

/// A held lock on a folder; released by `release()` or when the value is destroyed.
public final class DirectoryLock: @unchecked Sendable {
  private var descriptor: Int32
  private let close: @Sendable (Int32) -> Void

  init(descriptor: Int32, close: @escaping @Sendable (Int32) -> Void) {
    self.descriptor = descriptor
    self.close = close
  }

  /// Releases the lock (closing the descriptor releases a `flock`).
  public func release() {
    guard descriptor >= 0 else { return }
    close(descriptor)
    descriptor = -1
  }

  deinit { release() }
}

extension FileSystem {
  /// Creates a folder and those above it that are missing, as `mkdir -p` does.
  public func createDirectories(at path: String) throws(FileSystemError) {
    var current = path.hasPrefix("/") ? "" : "."
    for part in path.split(separator: "/") where part != "." {
      current += "/" + part
      if itemKind(at: current) == .missing { try createDirectory(at: current) }
    }
  }

  /// Removes a folder and everything in it, as far as it can; what cannot be removed stays.
  public func removeTree(at path: String) {
    guard itemKind(at: path) == .directory else {
      try? removeItem(at: path)
      return
    }
    for name in (try? contentsOfDirectory(at: path)) ?? [] { removeTree(at: path + "/" + name) }
    try? removeDirectory(at: path)
  }
}
