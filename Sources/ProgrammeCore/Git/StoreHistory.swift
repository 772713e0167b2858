/// The history of a store as git keeps it: each commit that touched the store's files, with
/// the records it added, removed and changed.
public struct StoreHistory: Sendable {
  /// One commit and the changes to records it made.
  public struct Entry: Equatable, Sendable {
    public var commit: String
    public var author: String
    /// The author date, `YYYY-MM-DD`.
    public var date: String
    public var message: String
    public var changes: [RecordChange]

    public var jsonValue: JSONValue {
      .object([
        "commit": .string(commit), "author": .string(author), "date": .string(date), "message": .string(message),
        "changes": RegistryDiff(changes: changes).jsonValue,
      ])
    }
  }

  public var store: Store

  public init(store: Store) {
    self.store = store
  }

  /// The commits, newest first, that made a change `isIncluded` accepts, with those changes.
  public func entries(where isIncluded: (RecordChange) -> Bool) throws(ProgrammeError) -> [Entry] {
    let git = Git(directory: store.directory)
    let prefix = try git.prefix()
    let fields = "%H%x1f%an%x1f%ad%x1f%s%x1f%P"
    let log = try git.text(["log", "--format=" + fields, "--date=short", "--", "."])
    var entries: [Entry] = []
    for line in log.split(separator: "\n") {
      let parts = line.split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init)
      guard parts.count == 5 else { continue }
      let commit = parts[0]
      let parent = parts[4].split(separator: " ").first.map(String.init)
      let files = try git.text(["diff-tree", "--no-commit-id", "--name-only", "-r", "--root", commit, "--", "."])
      var changes: [RecordChange] = []
      for path in files.split(separator: "\n").map(String.init) {
        let name = String(path.dropFirst(prefix.count))
        guard path.hasPrefix(prefix), let collection = Collection.allCases.first(where: { $0.fileName == name }) else { continue }
        let old = try parent.flatMap { (parent: String) throws(ProgrammeError) in try git.file(path, at: parent) }
        let new = try git.file(path, at: commit)
        changes += try RegistryDiff.changes(in: collection, from: old, to: new, file: "\(name) (\(commit.prefix(10)))")
          .filter(isIncluded)
      }
      if !changes.isEmpty {
        entries.append(Entry(commit: commit, author: parts[1], date: parts[2], message: parts[3], changes: changes))
      }
    }
    return entries
  }
}
