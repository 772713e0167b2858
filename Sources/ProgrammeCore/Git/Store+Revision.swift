#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

extension Store {
  /// The files of a store, as a revision needs them: the manifest and one file per collection.
  static var revisionFiles: [String] { [manifestFile, RecordMerge.conflictsFile] + Collection.allCases.map(\.fileName) }

  /// The store as a git revision holds it (`HEAD`, `main~3`, a tag, or `:` for the staged
  /// index), copied into a folder that the caller removes, by one `git cat-file --batch`; a file
  /// the revision lacks is left out, and loading the copy says so.
  public func copy(at revision: String, into folder: String) throws(ProgrammeError) -> Store {
    let git = Git(directory: directory)
    // One git process names the store's folder in the repository and checks the revision.
    let prefix = try git.prefix(checking: revision)
    do throws(FileSystemError) {
      try fileSystem.createDirectories(at: folder)
    } catch {
      throw .writeFailed(path: error.path, reason: error.reason)
    }
    _ = try git.copy(Self.revisionFiles.map { (prefix + $0, $0) }, at: revision, into: folder, fileSystem: fileSystem)
    var copy = Store(directory: folder, fileSystem: fileSystem)
    copy.today = today
    return copy
  }

  /// Runs `body` on the store as a git revision holds it, copied into a temporary folder that
  /// is removed afterwards, whatever `body` does.
  public func withCopy<T>(at revision: String, _ body: (Store) throws(ProgrammeError) -> T) throws(ProgrammeError) -> T {
    let base = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
    let folder = base + "/smartcity-" + UUID().uuidString
    defer { fileSystem.removeTree(at: folder) }
    return try body(try copy(at: revision, into: folder))
  }
}
