/// Writing a file a command produces (`export --output`) without harming what is at the path.
///
/// A regular file, or a new path, is replaced atomically: written beside it, flushed, renamed
/// over it, so a reader never sees half an export. A symbolic link is followed: the link stays
/// and the file it points to is replaced. Anything else (a device such as `/dev/null`, a FIFO,
/// `/dev/stdout`) is written into directly, never replaced by a file.
public enum OutputFile {
  /// Writes the pieces to the path; a failure names the path and the system's reason.
  public static func write(
    _ chunks: [[UInt8]], to path: String, fileSystem: any FileSystem, processID: Int32, permissions: UInt32? = nil
  ) throws(ProgrammeError) {
    let target = try resolvingLinks(path, fileSystem: fileSystem)
    let special = [path, target].contains { $0.hasPrefix("/dev/") || $0.hasPrefix("/proc/") }
    switch special ? .other : fileSystem.itemKind(at: target) {
    case .directory:
      throw .outputFailed(path: path, reason: Phrase(.outputIsFolder).text(in: .english))
    case .other:
      do {
        try fileSystem.writeInPlace(chunks, to: path)
      } catch {
        throw .outputFailed(path: path, reason: error.reason)
      }
    case .file, .missing:
      let temporary = target + ".tmp-\(processID)"
      do {
        // A new file takes the permissions asked for (a hook runs); one replaced keeps its own.
        try fileSystem.writeFile(
          chunks, to: temporary, permissions: permissions ?? fileSystem.permissions(at: target) ?? 0o644)
        try fileSystem.rename(temporary, to: target)
      } catch {
        try? fileSystem.removeItem(at: temporary)
        throw .outputFailed(path: path, reason: error.reason)
      }
    }
  }

  /// The path a chain of symbolic links ends at (which need not exist yet); the path itself
  /// when it is not a link. `/dev/stdout` ends under `/proc`, and is written into directly.
  /// A chain of more than 40 links (a loop, as the system counts) is refused, never replaced.
  public static func resolvingLinks(_ path: String, fileSystem: any FileSystem) throws(ProgrammeError) -> String {
    var current = path
    for _ in 0..<40 {
      guard let next = fileSystem.symbolicLinkTarget(at: current) else { return current }
      if next.hasPrefix("/") {
        current = next
      } else {
        let folder = current.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        current = current.contains("/") ? (folder.isEmpty ? "/" : folder + "/") + next : next
      }
    }
    throw .outputFailed(path: path, reason: Phrase(.outputLinkLoop).text(in: .english))
  }

  /// Whether writing to `path` would put a file inside `folder` (the store's) or replace the
  /// folder itself, links followed: an export must never overwrite a store file outside its
  /// lock and journal.
  public static func lands(_ path: String, inside folder: String, fileSystem: any FileSystem) throws(ProgrammeError)
    -> Bool
  {
    guard let store = fileSystem.canonicalPath(folder) else { return false }
    let target = try resolvingLinks(path, fileSystem: fileSystem)
    // The deepest folder of the target that exists, as the system resolves it, and the rest.
    var parts = (target.hasPrefix("/") ? target : "./" + target).split(separator: "/", omittingEmptySubsequences: false)
      .map(String.init)
    var rest: [String] = []
    while !parts.isEmpty {
      let prefix = parts.joined(separator: "/")
      if let resolved = fileSystem.canonicalPath(prefix.isEmpty ? "/" : prefix) {
        let full = ([resolved == "/" ? "" : resolved] + rest).joined(separator: "/")
        return full == store || full.hasPrefix(store == "/" ? "/" : store + "/")
      }
      rest.insert(parts.removeLast(), at: 0)
    }
    return false
  }
}

// MARK: - Messages

extension Message {
  public static let outputLinkLoop = Message(
    english: "too many levels of symbolic links (a loop); name a file or a link that ends at one",
    indonesian: "terlalu banyak tingkat tautan simbolik (berputar); sebutkan berkas atau tautan yang berujung pada berkas")
  public static let outputIsFolder = Message(
    english: "is a folder; name a file",
    indonesian: "berupa folder; sebutkan berkas")
}
