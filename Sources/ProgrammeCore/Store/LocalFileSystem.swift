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

/// The real file system, through POSIX calls so that every write is flushed and every error
/// carries the system's reason.
public struct LocalFileSystem: FileSystem {
  public init() {}

  public func itemKind(at path: String) -> ItemKind {
    var info = stat()
    guard stat(path, &info) == 0 else { return .missing }
    switch info.st_mode & S_IFMT {
    case S_IFREG: return .file
    case S_IFDIR: return .directory
    default: return .other
    }
  }

  func failure(_ path: String) -> FileSystemError {
    let code = errno
    return FileSystemError(
      path: path, reason: String(cString: strerror(code)), isMissing: code == ENOENT,
      isReadOnly: code == EROFS || code == EACCES || code == EPERM)
  }

  public func readFile(at path: String) throws(FileSystemError) -> [UInt8] {
    let buffer = ReadBuffer()
    // The bytes live in the buffer: it must outlive the copy.
    return try withExtendedLifetime(buffer) { () throws(FileSystemError) -> [UInt8] in
      Array(try readFile(at: path, into: buffer))
    }
  }

  public func readFile(at path: String, into buffer: ReadBuffer) throws(FileSystemError) -> UnsafeBufferPointer<UInt8> {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw failure(path) }
    defer { _ = POSIX.close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { throw failure(path) }
    // Read into uninitialised memory: zero-filling a large store first costs as much as a read.
    // One byte more than the size tells whether the file grew while being read.
    var capacity = max(Int(info.st_size), 0) + 1
    while true {
      let start = buffer.reserve(capacity).baseAddress!
      var count = 0
      while count < capacity {
        let read = POSIX.read(descriptor, start + count, capacity - count)
        if read < 0 {
          if errno == EINTR { continue }
          throw failure(path)
        }
        if read == 0 { break }
        count += read
      }
      if count < capacity { return UnsafeBufferPointer(start: start.assumingMemoryBound(to: UInt8.self), count: count) }
      // The file grew: read it again from the start with more room.
      capacity *= 2
      guard lseek(descriptor, 0, SEEK_SET) == 0 else { throw failure(path) }
    }
  }

  public func writeFile(_ chunks: [[UInt8]], to path: String, permissions: UInt32) throws(FileSystemError) {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode_t(permissions))
    guard descriptor >= 0 else { throw failure(path) }
    defer { _ = POSIX.close(descriptor) }
    // open() applies the umask; set the mode explicitly so a rewrite keeps the file's mode.
    _ = fchmod(descriptor, mode_t(permissions))
    try write(chunks, to: descriptor, path: path)
    guard fsync(descriptor) == 0 else { throw failure(path) }
  }

  /// Writes every piece to an open descriptor, resuming after interrupted and partial writes.
  func write(_ chunks: [[UInt8]], to descriptor: Int32, path: String) throws(FileSystemError) {
    for bytes in chunks {
      var written = 0
      while written < bytes.count {
        let result = bytes.withUnsafeBytes { raw in
          POSIX.write(descriptor, raw.baseAddress! + written, raw.count - written)
        }
        if result < 0 {
          if errno == EINTR { continue }
          throw failure(path)
        }
        written += result
      }
    }
  }

  /// The absolute path with every link and `.`/`..` resolved, for a path that exists.
  public func canonicalPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  public func symbolicLinkTarget(at path: String) -> String? {
    var info = stat()
    guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return nil }
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let count = readlink(path, &buffer, buffer.count - 1)
    guard count >= 0 else { return nil }
    return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  public func writeInPlace(_ chunks: [[UInt8]], to path: String) throws(FileSystemError) {
    let descriptor = open(path, O_WRONLY | O_TRUNC | O_CLOEXEC)
    guard descriptor >= 0 else { throw failure(path) }
    defer { _ = POSIX.close(descriptor) }
    try write(chunks, to: descriptor, path: path)
  }

  public func rename(_ source: String, to destination: String) throws(FileSystemError) {
    guard POSIX.rename(source, destination) == 0 else { throw failure(destination) }
  }

  public func removeItem(at path: String) throws(FileSystemError) {
    guard unlink(path) == 0 else { throw failure(path) }
  }

  public func link(_ existing: String, as newPath: String) throws(FileSystemError) {
    if POSIX.link(existing, newPath) == 0 { return }
    // No hard links here (some network and FAT file systems): copy instead.
    guard errno == EPERM || errno == EXDEV || errno == EMLINK || errno == ENOTSUP else { throw failure(newPath) }
    try writeFile(try readFile(at: existing), to: newPath, permissions: permissions(at: existing) ?? 0o644)
  }

  public func removeDirectory(at path: String) throws(FileSystemError) {
    guard rmdir(path) == 0 else { throw failure(path) }
  }

  public func synchronizeDirectory(at path: String) throws(FileSystemError) {
    let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else { throw failure(path) }
    defer { _ = POSIX.close(descriptor) }
    // Some file systems refuse fsync on folders (EINVAL); the rename is still atomic there.
    if fsync(descriptor) != 0 && errno != EINVAL { throw failure(path) }
  }

  public func contentsOfDirectory(at path: String) throws(FileSystemError) -> [String] {
    guard let directory = opendir(path) else { throw failure(path) }
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
        pointer.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return names.sorted()
  }

  public func createDirectory(at path: String) throws(FileSystemError) {
    guard mkdir(path, 0o755) == 0 || (errno == EEXIST && itemKind(at: path) == .directory) else {
      throw failure(path)
    }
  }

  public func permissions(at path: String) -> UInt32? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return UInt32(info.st_mode & 0o7777)
  }

  public func fileSize(at path: String) -> Int? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return Int(info.st_size)
  }

  public func lock(directory path: String, exclusive: Bool, timeout: Double) throws(FileSystemError) -> DirectoryLock? {
    let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else { throw failure(path) }
    let lock = DirectoryLock(descriptor: descriptor) { _ = POSIX.close($0) }
    let operation = (exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB
    let deadline = Date().addingTimeInterval(max(timeout, 0))
    var pause: UInt32 = 2_000
    while flock(descriptor, operation) != 0 {
      guard errno == EWOULDBLOCK || errno == EINTR else { throw failure(path) }
      if Date() >= deadline { return nil }
      usleep(pause)
      // Back off up to 50 ms: short waits stay short, long ones do not spin.
      pause = min(pause * 2, 50_000)
    }
    return lock
  }
}
