import ProgrammeCore

/// The real file system, but one operation fails as a full disk or a failing device would.
public struct FailingFileSystem: FileSystem {
  public enum Failure: CaseIterable, Sendable {
    case diskFull
    case renameFails
    case readOnly
  }

  public let failure: Failure?
  /// A folder (a name such as `.journal`) whose contents refuse every change, as a folder the
  /// user may not write would, while the rest of the store is writable.
  public let readOnlyFolder: String?
  let base = LocalFileSystem()

  public init(failure: Failure) {
    self.failure = failure
    readOnlyFolder = nil
  }

  public init(readOnlyFolder: String) {
    failure = nil
    self.readOnlyFolder = readOnlyFolder
  }

  public func itemKind(at path: String) -> ItemKind { base.itemKind(at: path) }
  public func readFile(at path: String) throws(FileSystemError) -> [UInt8] { try base.readFile(at: path) }
  /// What a read-only mount answers to every change.
  func refuseOnReadOnly(_ path: String) throws(FileSystemError) {
    if failure == .readOnly { throw FileSystemError(path: path, reason: "Read-only file system", isReadOnly: true) }
    if let readOnlyFolder, path.contains("/" + readOnlyFolder + "/") {
      throw FileSystemError(path: path, reason: "Permission denied")
    }
  }

  public func writeFile(_ chunks: [[UInt8]], to path: String, permissions: UInt32) throws(FileSystemError) {
    try refuseOnReadOnly(path)
    if failure == .diskFull {
      // A full disk fails part-way: half the bytes land, then ENOSPC.
      let bytes = chunks.flatMap { $0 }
      try base.writeFile(Array(bytes.prefix(bytes.count / 2)), to: path, permissions: permissions)
      throw FileSystemError(path: path, reason: "No space left on device")
    }
    try base.writeFile(chunks, to: path, permissions: permissions)
  }
  public func rename(_ source: String, to destination: String) throws(FileSystemError) {
    try refuseOnReadOnly(destination)
    // Moving an item out of a folder changes that folder too.
    if readOnlyFolder != nil { try refuseOnReadOnly(source) }
    if failure == .renameFails { throw FileSystemError(path: destination, reason: "Input/output error") }
    try base.rename(source, to: destination)
  }
  public func removeItem(at path: String) throws(FileSystemError) {
    try refuseOnReadOnly(path)
    try base.removeItem(at: path)
  }
  public func removeDirectory(at path: String) throws(FileSystemError) {
    try refuseOnReadOnly(path)
    try base.removeDirectory(at: path)
  }
  public func synchronizeDirectory(at path: String) throws(FileSystemError) { try base.synchronizeDirectory(at: path) }
  public func contentsOfDirectory(at path: String) throws(FileSystemError) -> [String] { try base.contentsOfDirectory(at: path) }
  public func createDirectory(at path: String) throws(FileSystemError) {
    try refuseOnReadOnly(path)
    try base.createDirectory(at: path)
  }
  public func link(_ existing: String, as newPath: String) throws(FileSystemError) {
    try refuseOnReadOnly(newPath)
    try base.link(existing, as: newPath)
  }
  public func permissions(at path: String) -> UInt32? { base.permissions(at: path) }
  public func fileSize(at path: String) -> Int? { base.fileSize(at: path) }
  public func symbolicLinkTarget(at path: String) -> String? { base.symbolicLinkTarget(at: path) }
  public func canonicalPath(_ path: String) -> String? { base.canonicalPath(path) }
  public func writeInPlace(_ chunks: [[UInt8]], to path: String) throws(FileSystemError) {
    try base.writeInPlace(chunks, to: path)
  }
  public func lock(directory path: String, exclusive: Bool, timeout: Double) throws(FileSystemError) -> DirectoryLock? {
    try base.lock(directory: path, exclusive: exclusive, timeout: timeout)
  }
}
