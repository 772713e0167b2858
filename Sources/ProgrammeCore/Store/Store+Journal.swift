/// A write as the journal remembers it: the command that made it, when, and the files it
/// replaced, whose previous versions the journal keeps.
public struct JournalEntry: Equatable, Sendable {
  /// What made a write: the command line and the time, as the user's clock showed it.
  public struct Label: Equatable, Sendable {
    public var command: String
    public var time: String

    public init(command: String, time: String) {
      self.command = command
      self.time = time
    }
  }

  /// Counts up from 1; the newest entry has the highest.
  public var sequence: Int
  public var label: Label
  /// The collection files the write replaced.
  public var files: [String]
}

/// The journal: every write keeps the previous version of each file it replaces in
/// `.journal/<sequence>/`, so that `undo` can put them back, newest first.
///
/// The previous versions are hard links to the replaced files, not copies: the store never
/// changes a file in place (it renames new files over old ones), so the old file stays intact
/// under its second name, at no cost in time or space. An entry is staged in a temporary
/// folder and renamed into place by the same commit that replaces the files, so the journal
/// and the store never disagree, even after a crash.
extension Store {
  static let journalFolder = ".journal"
  static let journalEntryFile = "entry.json"
  /// The name under which an entry keeps the version of a file its write left.
  static let afterPrefix = "after-"
  /// How many writes `undo` can take back; older entries are dropped.
  public static let journalDepth = 20

  var journalDirectory: String { path(Self.journalFolder) }

  /// The journal's entries, newest first.
  public func journal() throws(ProgrammeError) -> [JournalEntry] {
    try checkDirectory()
    let lock = try acquireLock(exclusive: false)
    defer { lock.release() }
    return journalEntries()
  }

  /// The entries on disk, newest first; an entry that cannot be read is left out.
  func journalEntries() -> [JournalEntry] {
    guard fileSystem.itemKind(at: journalDirectory) == .directory,
      let names = try? fileSystem.contentsOfDirectory(at: journalDirectory)
    else { return [] }
    return names.compactMap { name -> JournalEntry? in
      guard let sequence = Int(name), name.allSatisfy(\.isNumber),
        let bytes = try? fileSystem.readFile(at: journalDirectory + "/" + name + "/" + Self.journalEntryFile),
        let value = try? JSONParser().parse(bytes), let command = value["command"]?.stringValue,
        let time = value["time"]?.stringValue, let files = value["files"]?.arrayValue
      else { return nil }
      return JournalEntry(
        sequence: sequence, label: .init(command: command, time: time), files: files.compactMap(\.stringValue))
    }.sorted { $0.sequence > $1.sequence }
  }

  static func journalName(_ sequence: Int) -> String {
    let digits = String(sequence)
    return String(repeating: "0", count: max(0, 8 - digits.count)) + digits
  }

  /// Links the files a write is about to replace into a staging folder, with the entry's
  /// description; returns the rename that puts the entry in place, as names in the store.
  func stageJournalEntry(replacing files: [String], label: JournalEntry.Label) throws(ProgrammeError) -> (
    temporary: String, target: String
  ) {
    let sequence = (journalEntries().first?.sequence ?? 0) + 1
    let stagingName = Self.journalFolder + "/.tmp-\(Self.processID)"
    let staging = path(stagingName)
    do {
      try fileSystem.createDirectory(at: journalDirectory)
      try fileSystem.createDirectory(at: staging)
      for file in files { try fileSystem.link(path(file), as: staging + "/" + file) }
      let entry = JSONValue.object([
        "sequence": JSONValue(sequence), "command": .string(label.command), "time": .string(label.time),
        "files": .array(files.map(JSONValue.string)),
      ])
      try fileSystem.writeFile(
        JSONWriter().bytes(for: entry), to: staging + "/" + Self.journalEntryFile, permissions: 0o644)
    } catch {
      removeTree(staging)
      throw writeFailure(error)
    }
    return (stagingName, Self.journalFolder + "/" + Self.journalName(sequence))
  }

  /// Drops the entries beyond the journal's depth, and the older entries that would take the
  /// journal past its size limit (the newest is always kept). A failure only leaves an old
  /// entry behind.
  func pruneJournal() {
    var kept = 0
    var bytes = 0
    for entry in journalEntries() {
      let folder = journalDirectory + "/" + Self.journalName(entry.sequence)
      bytes += entry.files.reduce(0) { $0 + (fileSystem.fileSize(at: folder + "/" + $1) ?? 0) }
      if kept < Self.journalDepth && (kept == 0 || bytes <= journalSizeLimit) {
        kept += 1
      } else {
        removeTree(folder)
      }
    }
  }

  /// Refuses a folder the store cannot change, by making and removing a file in it (asking the
  /// system for permissions is not enough: a read-only mount or an immutable folder says yes).
  func checkWritable(_ folder: String) throws(ProgrammeError) {
    let probe = folder + "/.probe-\(Self.processID)"
    do {
      try fileSystem.writeFile([], to: probe, permissions: 0o600)
      try fileSystem.removeItem(at: probe)
    } catch {
      try? fileSystem.removeItem(at: probe)
      throw .storeReadOnly(path: folder, reason: error.reason)
    }
  }

  /// Removes a folder of files (the journal's folders hold no subfolders).
  func removeTree(_ folder: String) {
    fileSystem.removeTree(at: folder)
  }

  /// Removes the staging folders of writes that died before their commit.
  func removeStaleJournalFolders() {
    guard fileSystem.itemKind(at: journalDirectory) == .directory else { return }
    for name in (try? fileSystem.contentsOfDirectory(at: journalDirectory)) ?? [] where name.hasPrefix(".tmp-") {
      removeTree(journalDirectory + "/" + name)
    }
  }

  /// Puts back the files the newest write replaced, and drops its entry; the entry before it
  /// is then the next to undo. With `dryRun`, only says what would be undone.
  @discardableResult
  public func undo(dryRun: Bool = false) throws(ProgrammeError) -> JournalEntry {
    try checkDirectory()
    let lock = try acquireLock(exclusive: true)
    defer { lock.release() }
    if !dryRun { try recover() }
    guard let entry = journalEntries().first else { throw .nothingToUndo(path: journalDirectory) }
    let folder = journalDirectory + "/" + Self.journalName(entry.sequence)
    // The files were the store's own when the write replaced them; check they are all there
    // (parsing them again would cost a full read of a large store for nothing).
    for file in entry.files {
      guard Collection.allCases.contains(where: { $0.fileName == file }) || file == StoreDescription.dataPackageFile else {
        throw .brokenJournal(path: folder, reason: Phrase(.journalNamesOtherFile, ["file": "\(file.quotedInMessage)"]))
      }
      guard fileSystem.itemKind(at: folder + "/" + file) == .file else {
        throw .brokenJournal(path: folder, reason: Phrase(.journalFileMissing, ["file": "\(file)"]))
      }
      // Putting the old file back is safe only if nothing changed it since the write (a git
      // pull, merge or checkout, an editor): else undo would silently drop those changes.
      let after = folder + "/" + Self.afterPrefix + file
      if fileSystem.itemKind(at: after) == .file {
        let now = try? fileSystem.readFile(at: path(file))
        guard let now, now == (try? fileSystem.readFile(at: after)) else {
          throw .changedSinceWrite(file: file, command: entry.label.command)
        }
      }
    }
    guard !dryRun else { return entry }
    // The moves change the entry's folder and the journal's: both must take a change before a
    // commit marker promises them, or every later read would find a commit it cannot finish.
    for changed in [folder, journalDirectory] { try checkWritable(changed) }
    // The files move back by rename (no copying), then the emptied entry moves aside; one
    // commit, so a crash leaves either the write or its undoing.
    let entryName = Self.journalFolder + "/" + Self.journalName(entry.sequence)
    let moves =
      entry.files.map { (entryName + "/" + $0, $0) } + [(entryName, Self.journalFolder + "/.tmp-\(Self.processID)-undone")]
    try commit([], then: moves)
    removeStaleJournalFolders()
    return entry
  }
}

// MARK: - Messages

extension Message {
  public static let journalNamesOtherFile = Message(
    english: "names '{file}', which is not a collection file",
    indonesian: "menyebut '{file}', yang bukan berkas koleksi")
  public static let journalFileMissing = Message(
    english: "{file} is missing",
    indonesian: "{file} tidak ada")
}
