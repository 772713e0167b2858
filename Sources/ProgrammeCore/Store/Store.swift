#if canImport(Glibc)
  import Glibc
#endif

/// A registry kept as a folder of JSON files: one file per collection plus `registry.json`,
/// which names the format and its version.
///
/// Reads take a shared lock on the folder and writes an exclusive one, so a reader never sees
/// a write half done. Every write re-reads the store under the lock, applies the change, and
/// commits the changed files atomically (see `commit`).
public struct Store: Sendable {
  /// The version of the store format this build reads and writes.
  public static let formatVersion = 1
  /// The format's name in `registry.json`.
  public static let formatName = "smartcity-registry"
  /// The file that names the format and its version.
  public static let manifestFile = "registry.json"
  /// The marker of a multi-file commit in progress (see `commit`).
  static let commitMarker = ".commit"

  /// The store's folder, as the user named it (messages show paths under it).
  public let directory: String
  public let fileSystem: any FileSystem
  /// How long to wait for another process's lock, in seconds.
  public var lockTimeout: Double

  public init(directory: String, fileSystem: any FileSystem = LocalFileSystem(), lockTimeout: Double = 10) {
    self.directory = directory.count > 1 && directory.hasSuffix("/") ? String(directory.dropLast()) : directory
    self.fileSystem = fileSystem
    self.lockTimeout = lockTimeout
  }

  /// The path of a file in the store.
  public func path(_ name: String) -> String {
    directory + "/" + name
  }

  // MARK: Reading

  /// Loads the named collections (all by default), checking every record and the references
  /// between the loaded collections.
  ///
  /// `selecting` keeps only the MoUs a command needs (a listing of one cohort needs 514 of a
  /// million); every MoU is still read and checked.
  public func load(
    _ collections: Set<Collection> = Set(Collection.allCases), detail: MoUDetail = .full,
    selecting selection: (@Sendable (MoU) -> Bool)? = nil
  ) throws(ProgrammeError) -> Registry {
    try load(collections, detail: detail) { (_: Registry) throws(ProgrammeError) in selection }
  }

  /// Loads the named collections, keeping the MoUs that a selection made from the other
  /// collections picks (`show` resolves a region's name against the regencies it has just
  /// read, then keeps that region's MoUs): one read of the store instead of two.
  public func load(
    _ collections: Set<Collection> = Set(Collection.allCases), detail: MoUDetail = .full,
    selectingWith makeSelection: (Registry) throws(ProgrammeError) -> (@Sendable (MoU) -> Bool)?
  ) throws(ProgrammeError) -> Registry {
    try checkDirectory()
    var lock = try acquireLock(exclusive: false)
    defer { lock.release() }
    if fileSystem.itemKind(at: path(Self.commitMarker)) != .missing {
      // A writer died mid-commit: finish its commit before reading.
      lock.release()
      lock = try acquireLock(exclusive: true)
      try recover()
    }
    return try read(collections, detail: detail, selectingWith: makeSelection)
  }

  func read(
    _ collections: Set<Collection>, detail: MoUDetail = .full,
    selectingWith makeSelection: (Registry) throws(ProgrammeError) -> (@Sendable (MoU) -> Bool)? = { _ in nil }
  ) throws(ProgrammeError) -> Registry {
    try checkManifest()
    var registry = Registry()
    var selection: (@Sendable (MoU) -> Bool)? = nil
    // Whether the fast reader kept only the selected MoUs (after checking all of them).
    var selectedWhileReading = false
    // The MoUs come last, so that the fast reader can check their references as it reads.
    for collection in collections.sorted(by: { ($0 == .mous ? 1 : 0, $0) < ($1 == .mous ? 1 : 0, $1) }) {
      let file = path(collection.fileName)
      if collection == .mous { selection = try makeSelection(registry) }
      if collection == .mous,
        let mous = readMoUsQuickly(file, detail: detail, judge: registry.judge(loaded: collections, selection))
      {
        registry.mous = mous
        selectedWhileReading = selection != nil
        continue
      }
      try registry.load(collection, from: try readJSON(file), file: file)
    }
    try registry.checkReferences(loaded: collections, allMoUs: !selectedWhileReading) { path($0.fileName) }
    // The reference path read every MoU, and checked them all above; now keep the selected.
    if !selectedWhileReading, let selection { registry.mous.removeAll { !selection($0) } }
    return registry
  }

  /// The MoUs through the streaming decoder, or `nil` when the file needs the reference path:
  /// a record not as the tool writes it, ids out of order (a file sorted by hand), or a broken
  /// reference. The reference path then reads it, or says what is wrong with it.
  func readMoUsQuickly(
    _ file: String, detail: MoUDetail, judge: @escaping @Sendable (MoU) -> MoUStreamDecoder.Verdict
  ) -> [MoU]? {
    guard fileSystem.itemKind(at: file) == .file else { return nil }
    if let mapped = fileSystem.mappedContents(of: file) {
      return MoUStreamDecoder.decode(mapped.bytes, detail: detail, judge: judge)
    }
    return (try? fileSystem.readFile(at: file)).flatMap { MoUStreamDecoder.decode($0, detail: detail, judge: judge) }
  }

  func checkDirectory() throws(ProgrammeError) {
    switch fileSystem.itemKind(at: directory) {
    case .directory: return
    case .missing:
      throw .storeNotFound(path: directory)
    case .file, .other: throw .storeNotADirectory(path: directory)
    }
  }

  func checkManifest() throws(ProgrammeError) {
    let file = path(Self.manifestFile)
    try Self.checkManifest(try readJSON(file), file: file)
  }

  /// Checks `registry.json`: the format's name, and a version this build can read.
  static func checkManifest(_ manifest: JSONValue, file: String) throws(ProgrammeError) {
    let reader = try RecordReader(
      manifest, file: file, index: 1, identifier: nil, fields: ["description", "format", "title", "version"])
    let format = try reader.string("format")
    guard format == formatName else {
      throw reader.failure("format", Phrase(.unexpectedFormat, ["expected": "\(formatName)", "found": "\(format.quotedInMessage)"]))
    }
    let version = try reader.int("version")
    guard version >= 1 else { throw reader.failure("version", Phrase(.versionTooLow, ["found": .number(version)])) }
    guard version <= formatVersion else {
      throw .unsupportedVersion(path: file, found: version, supported: formatVersion)
    }
  }

  /// Reads and parses one JSON file, turning every failure into a message with its place.
  func readJSON(_ file: String) throws(ProgrammeError) -> JSONValue {
    switch fileSystem.itemKind(at: file) {
    case .missing: throw .missingFile(path: file)
    case .directory, .other: throw .notAFile(path: file)
    case .file: break
    }
    let bytes: [UInt8]
    do {
      bytes = try fileSystem.readFile(at: file)
    } catch {
      throw error.isMissing ? .missingFile(path: file) : .readFailed(path: file, reason: error.reason)
    }
    return try Self.parse(bytes, file: file)
  }

  /// Parses the bytes of a store file, refusing an empty file, text that is not UTF-8 and
  /// invalid JSON with the line and column of the problem.
  public static func parse(_ input: [UInt8], file: String) throws(ProgrammeError) -> JSONValue {
    var bytes = input
    // Editors on Windows add a byte order mark; RFC 8259 lets a parser ignore it.
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
      throw .emptyFile(path: file)
    }
    if let offset = bytes.withUnsafeBufferPointer(UTF8Validation.firstInvalidOffset(in:)) {
      let place = lineAndColumn(of: offset, in: bytes)
      throw .notUTF8(path: file, line: place.line, column: place.column)
    }
    do {
      return try JSONParser().parse(bytes)
    } catch {
      throw .syntax(path: file, line: error.line, column: error.column, reason: error.reason)
    }
  }

  static func lineAndColumn(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
    var line = 1
    var column = 1
    for byte in bytes[..<min(offset, bytes.count)] {
      if byte == 0x0A {
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 {
        column += 1
      }
    }
    return (line, column)
  }

  // MARK: Writing

  /// Applies a change under the store's exclusive lock and writes what it changed.
  ///
  /// The change sees the store as it is on disk now, not as it was when the command started,
  /// so two processes writing at once both land. If the change throws, nothing is written.
  ///
  /// With a `journal` label, the previous versions of the replaced files go into the journal
  /// in the same commit, for `undo`.
  @discardableResult
  public func update<T>(
    dryRun: Bool = false, journal label: JournalEntry.Label? = nil, _ change: (inout Registry) throws(ProgrammeError) -> T
  ) throws(ProgrammeError) -> T {
    try checkDirectory()
    let lock = try acquireLock(exclusive: true)
    defer { lock.release() }
    if !dryRun { try recover() }
    let original = try read(Set(Collection.allCases))
    var registry = original
    let result = try change(&registry)
    // Never write a store that would not load again.
    try registry.checkReferences(loaded: Set(Collection.allCases)) { path($0.fileName) }
    guard !dryRun else { return result }
    let changed = Collection.allCases.filter { !registry.holdsTheSame($0, as: original) }
    guard !changed.isEmpty else { return result }
    let entry = try label.map { label throws(ProgrammeError) in
      try stageJournalEntry(replacing: changed.map(\.fileName), label: label)
    }
    do {
      try commit(changed.map { ($0.fileName, registry.fileChunks(of: $0)) }, then: entry.map { [$0] } ?? [])
    } catch {
      if let entry, fileSystem.itemKind(at: path(Self.commitMarker)) == .missing { removeTree(entry.temporary) }
      throw error
    }
    if entry != nil { pruneJournal() }
    return result
  }

  func acquireLock(exclusive: Bool) throws(ProgrammeError) -> DirectoryLock {
    let lock: DirectoryLock?
    do {
      lock = try fileSystem.lock(directory: directory, exclusive: exclusive, timeout: lockTimeout)
    } catch {
      throw .readFailed(path: directory, reason: error.reason)
    }
    guard let lock else { throw .locked(path: directory + "/", seconds: lockTimeout) }
    return lock
  }

  /// Replaces files so that a crash at any instant leaves either all old or all new files.
  ///
  /// Each new file is written in full to a temporary file in the store and flushed. A single
  /// file is then renamed over its target (atomic on POSIX). For several files, a commit
  /// marker listing the renames is written first; whoever next opens the store finds the
  /// marker and completes the renames (`recover`), so the commit is all or nothing.
  ///
  /// `moves` are renames of existing files or folders done in the same commit, after the new
  /// files are in place (the journal's entries).
  func commit(
    _ files: [(name: String, chunks: [[UInt8]])], then moves: [(temporary: String, target: String)] = []
  ) throws(ProgrammeError) {
    guard !files.isEmpty || !moves.isEmpty else { return }
    var renames: [(temporary: String, target: String)] = []
    do {
      for (index, file) in files.enumerated() {
        let target = path(file.name)
        let temporary = path(".\(file.name).tmp-\(Self.processID)-\(index)")
        let permissions = fileSystem.permissions(at: target) ?? 0o644
        try fileSystem.writeFile(file.chunks, to: temporary, permissions: permissions)
        renames.append((temporary, target))
      }
    } catch {
      for rename in renames { try? fileSystem.removeItem(at: rename.temporary) }
      try? fileSystem.removeItem(at: error.path)
      throw .writeFailed(path: error.path, reason: error.reason)
    }
    // Only the temporary files are this commit's to remove if it fails; moved items are not.
    let written = renames
    renames += moves
    do {
      if renames.count > 1 {
        let marker = JSONValue.array(
          renames.map { .object(["temporary": .string($0.temporary), "target": .string($0.target)]) })
        let temporaryMarker = path(Self.commitMarker + ".tmp-\(Self.processID)")
        try fileSystem.writeFile(JSONWriter().bytes(for: marker), to: temporaryMarker, permissions: 0o644)
        try fileSystem.rename(temporaryMarker, to: path(Self.commitMarker))
        try fileSystem.synchronizeDirectory(at: directory)
      }
    } catch {
      for rename in written { try? fileSystem.removeItem(at: rename.temporary) }
      try? fileSystem.removeItem(at: path(Self.commitMarker + ".tmp-\(Self.processID)"))
      throw .writeFailed(path: error.path, reason: error.reason)
    }
    do {
      for rename in renames { try fileSystem.rename(rename.temporary, to: rename.target) }
      if renames.count > 1 { try fileSystem.removeItem(at: path(Self.commitMarker)) }
      try fileSystem.synchronizeDirectory(at: directory)
    } catch {
      if renames.count == 1 {
        try? fileSystem.removeItem(at: renames[0].temporary)
        throw .writeFailed(path: error.path, reason: error.reason)
      }
      // The marker is down: the next process to open the store completes the commit, so
      // the write did happen; but say that finishing it failed.
      throw .commitUnfinished(path: error.path, reason: error.reason)
    }
  }

  /// Completes a commit that a crashed writer left half done, and removes stale temporary
  /// files. Called only under the exclusive lock, so every temporary file is stale.
  func recover() throws(ProgrammeError) {
    let names: [String]
    do {
      names = try fileSystem.contentsOfDirectory(at: directory)
    } catch {
      throw .readFailed(path: error.path, reason: error.reason)
    }
    do {
      if names.contains(Self.commitMarker) {
        let marker = path(Self.commitMarker)
        let renames = (try? JSONParser().parse(fileSystem.readFile(at: marker)))?.arrayValue ?? []
        for rename in renames {
          guard let temporary = rename["temporary"]?.stringValue, let target = rename["target"]?.stringValue,
            fileSystem.itemKind(at: temporary) == .file
          else { continue }
          try fileSystem.rename(temporary, to: target)
        }
        try fileSystem.removeItem(at: marker)
        try fileSystem.synchronizeDirectory(at: directory)
      }
      for name in names where name.hasPrefix(".") && name.contains(".tmp-") {
        if fileSystem.itemKind(at: path(name)) == .file { try fileSystem.removeItem(at: path(name)) }
      }
      removeStaleJournalFolders()
    } catch {
      throw .writeFailed(path: error.path, reason: error.reason)
    }
  }

  static var processID: Int32 { getpid() }
}
