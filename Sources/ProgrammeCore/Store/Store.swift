import Dispatch

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
  /// The day writes and `validate` judge dates by (`ProgrammeSpan`); the system's clock when
  /// `nil`.
  public var today: CalendarDate?
  /// How many bytes of earlier file versions the journal keeps at most (the newest entry is
  /// always kept): a large store keeps fewer undo levels rather than 20 full old copies.
  public var journalSizeLimit = Store.defaultJournalSizeLimit
  /// 256 MiB: twenty levels of a store of 12 MiB, four of a store of 60 MiB.
  public static let defaultJournalSizeLimit = 256 << 20

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

  /// Loads the store, checking every record of every collection and every reference between
  /// them, whatever the caller needs: every command judges a store exactly as `validate` does.
  ///
  /// `selecting` then keeps only the MoUs a command needs (a listing of one cohort needs 514
  /// of a million).
  public func load(
    detail: MoUDetail = .full, selecting selection: (@Sendable (MoU) -> Bool)? = nil
  ) throws(ProgrammeError) -> Registry {
    try load(detail: detail) { (_: Registry) throws(ProgrammeError) in selection }
  }

  /// Loads the store, then keeps the MoUs that a selection made from the checked registry
  /// picks (`show` resolves a region's name against the regencies, then keeps its MoUs).
  ///
  /// A store that a crashed writer left with a commit marker is finished first; where the
  /// store cannot be written (a read-only copy), it is read as if the commit were finished,
  /// and `Registry.readWarnings` says so.
  public func load(
    detail: MoUDetail = .full,
    selectingWith makeSelection: (Registry) throws(ProgrammeError) -> (@Sendable (MoU) -> Bool)?
  ) throws(ProgrammeError) -> Registry {
    try load(detail: detail, allowingConflicts: false, selectingWith: makeSelection)
  }

  /// The load behind the others; `validate` alone reads a store whose conflicts are
  /// unresolved, to name each of them.
  func load(
    detail: MoUDetail = .full, allowingConflicts: Bool,
    selectingWith makeSelection: (Registry) throws(ProgrammeError) -> (@Sendable (MoU) -> Bool)? = { _ in nil }
  ) throws(ProgrammeError) -> Registry {
    try checkDirectory()
    var lock = try acquireLock(exclusive: false)
    defer { lock.release() }
    var pending: [String: String] = [:]
    var warnings: [Phrase] = []
    if fileSystem.itemKind(at: path(Self.commitMarker)) != .missing {
      // A writer died mid-commit: finish its commit before reading.
      lock.release()
      lock = try acquireLock(exclusive: true)
      do {
        try recover()
      } catch {
        guard case .storeReadOnly = error else { throw error }
        pending = pendingReplacements()
        warnings.append(Phrase(.pendingCommitReadOnly, ["path": "\(path(Self.commitMarker))"]))
      }
    }
    // One verdict: a store that `validate` refuses for its unresolved conflicts is refused here.
    if !allowingConflicts { try checkConflicts() }
    var registry = try read(detail: detail, replacing: pending, selectingWith: makeSelection)
    registry.readWarnings = warnings
    return registry
  }

  /// Refuses a store that a merge left with conflicts nobody has resolved (`conflicts.json`
  /// beside the collections), naming how many, or that the list cannot be read.
  func checkConflicts() throws(ProgrammeError) {
    let file = path(RecordMerge.conflictsFile)
    guard fileSystem.itemKind(at: file) != .missing else { return }
    let count = (try? fileSystem.readFile(at: file)).flatMap { try? RecordMerge.conflicts(in: $0).count }
    throw .unresolvedConflicts(path: file, count: count)
  }

  /// Reads and checks every collection. `pending` names, by file, the new version a commit
  /// left to be renamed into place, read instead of the file.
  ///
  /// The selection is made from the other collections before the MoUs are read, so that the
  /// fast reader drops the MoUs it does not pick as it goes (every one is still checked). If
  /// making it fails (an unknown region), the whole store is still read and checked first: a
  /// broken store is reported as broken, whatever the command asked.
  func read(
    detail: MoUDetail = .full, replacing pending: [String: String] = [:],
    selectingWith makeSelection: (Registry) throws(ProgrammeError) -> (@Sendable (MoU) -> Bool)? = { _ in nil }
  ) throws(ProgrammeError) -> Registry {
    try checkManifest()
    var registry = Registry()
    let source: @Sendable (Collection) -> String = { collection in
      pending[collection.fileName].map(path) ?? path(collection.fileName)
    }
    // The MoUs come last, so that the fast reader can check their references as it reads.
    // The other collections are read in two groups: the regencies (the largest of them) and
    // the rest, at once when they are large enough to repay starting a thread (a store of a
    // few hundred records reads faster on one). Failures are reported in the collections'
    // order, whichever thread met them.
    let others = Collection.allCases.filter { $0 != .mous }
    let groups = [others.indices.filter { others[$0] == .regencies }, others.indices.filter { others[$0] != .regencies }]
    let sizes = others.map { fileSystem.fileSize(at: source($0)) ?? 0 }
    let size = sizes.reduce(0, +)
    // Each thread reads its files one after another into one buffer, the first thread's then
    // taking the MoUs, each sized at once for the largest file it will hold.
    let mouSize = fileSystem.fileSize(at: source(.mous)) ?? 0
    let buffers = groups.indices.map { group in
      ReadBuffer(capacity: (groups[group].map { sizes[$0] } + (group == 0 ? [mouSize] : [])).max()! + 1)
    }
    nonisolated(unsafe) let threadBuffers = buffers
    // One slot per collection for what was read and one for what went wrong; each thread
    // writes only its own. (Kept apart rather than as `Result`s: a `Result`'s type is built at
    // run time on first use, which costs as much as reading a small file.)
    let parts = UnsafeMutableBufferPointer<Registry>.allocate(capacity: others.count)
    parts.initialize(repeating: Registry())
    let failures = UnsafeMutableBufferPointer<ProgrammeError?>.allocate(capacity: others.count)
    failures.initialize(repeating: nil)
    defer {
      parts.deinitialize()
      parts.deallocate()
      failures.deinitialize()
      failures.deallocate()
    }
    nonisolated(unsafe) let partSlots = parts
    nonisolated(unsafe) let failureSlots = failures
    let readGroup = { @Sendable (group: Int) in
      for index in groups[group] {
        let collection = others[index]
        if readQuickly(collection, from: source(collection), into: &partSlots[index], buffer: threadBuffers[group]) {
          continue
        }
        do throws(ProgrammeError) {
          try partSlots[index].load(
            collection, from: try readJSON(source(collection), naming: path(collection.fileName)), file: path(collection.fileName)
          )
        } catch {
          failureSlots[index] = error
        }
      }
    }
    if size >= Self.sizeWorthAThread {
      DispatchQueue.concurrentPerform(iterations: groups.count, execute: readGroup)
    } else {
      for group in groups.indices { readGroup(group) }
    }
    for (index, collection) in others.enumerated() {
      if let failure = failures[index] { throw failure }
      registry.take(collection, from: parts[index])
    }
    var selection: (@Sendable (MoU) -> Bool)? = nil
    var selectionFailure: ProgrammeError? = nil
    do {
      selection = try makeSelection(registry)
    } catch {
      selectionFailure = error
    }
    let mous = path(Collection.mous.fileName)
    let tally = selection.map { _ in MembershipTally(registry) }
    if let decoded = readMoUsQuickly(
      source(.mous), detail: detail, judge: registry.judge(selecting: selection, tally: tally), buffer: buffers[0])
    {
      registry.mous = decoded
      try registry.checkReferences(memberships: tally.map { $0.found.union(decoded.map(\.id)) }) { path($0.fileName) }
    } else {
      try registry.load(.mous, from: try readJSON(source(.mous), naming: mous), file: mous)
      try registry.checkReferences { path($0.fileName) }
      if let selection { registry.mous.removeAll { !selection($0) } }
    }
    if let selectionFailure { throw selectionFailure }
    return registry
  }

  /// How many bytes of collections other than the MoUs make reading them on two threads
  /// faster than on one (measured with the benchmark: the shipped store's 360 KB read faster
  /// on one).
  static let sizeWorthAThread = 1 << 20

  /// The MoUs through the streaming decoder, or `nil` when the file needs the reference path:
  /// a record not as the tool writes it, ids out of order (a file sorted by hand), or a broken
  /// reference. The reference path then reads it, or says what is wrong with it.
  func readMoUsQuickly(
    _ file: String, detail: MoUDetail, judge: @escaping @Sendable (MoU) -> MoUStreamDecoder.Verdict,
    buffer: ReadBuffer
  ) -> [MoU]? {
    guard fileSystem.itemKind(at: file) == .file, let bytes = try? fileSystem.readFile(at: file, into: buffer) else {
      return nil
    }
    return MoUStreamDecoder.decode(bytes, detail: detail, judge: judge)
  }

  /// A collection other than the MoUs through its fast decoder; `false` for the reference path.
  func readQuickly(
    _ collection: Collection, from file: String, into registry: inout Registry, buffer: ReadBuffer
  ) -> Bool {
    guard fileSystem.itemKind(at: file) == .file, let bytes = try? fileSystem.readFile(at: file, into: buffer) else {
      return false
    }
    // The provinces and regencies as the tool writes them are the built-in ones: taken as built.
    if ReferenceData.takeBuilt(collection, ifFileIs: bytes, into: &registry) { return true }
    // No pass over the whole file for UTF-8, which the reference path requires: the decoder
    // takes only ASCII outside strings and checks every string it reads (as for the MoUs).
    return registry.loadQuickly(collection, from: bytes)
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
      throw reader.failure(
        "format", Phrase(.unexpectedFormat, ["expected": "\(formatName)", "found": "\(format.quotedInMessage)"]))
    }
    let version = try reader.int("version")
    guard version >= 1 else { throw reader.failure("version", Phrase(.versionTooLow, ["found": .number(version)])) }
    guard version <= formatVersion else {
      throw .unsupportedVersion(path: file, found: version, supported: formatVersion)
    }
  }

  /// Reads and parses one JSON file, turning every failure into a message with its place.
  /// `name` is the file messages name (the store's file, when its pending new version is read).
  func readJSON(_ file: String, naming name: String? = nil) throws(ProgrammeError) -> JSONValue {
    let name = name ?? file
    switch fileSystem.itemKind(at: file) {
    case .missing: throw .missingFile(path: name)
    case .directory, .other: throw .notAFile(path: name)
    case .file: break
    }
    let bytes: [UInt8]
    do {
      bytes = try fileSystem.readFile(at: file)
    } catch {
      throw error.isMissing ? .missingFile(path: name) : .readFailed(path: name, reason: error.reason)
    }
    return try Self.parse(bytes, file: name)
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
    try checkConflicts()
    let original = try read()
    var registry = original
    let result = try change(&registry)
    let changed = Collection.allCases.filter { !registry.holdsTheSame($0, as: original) }
    // Never write a store that would not load again: every changed record is read back as the
    // loader reads it, whoever made the change (a command, an import, a library caller).
    try registry.checkChanges(in: changed, from: original) { path($0.fileName) }
    // Every date a write brings is within the programme's span, whoever wrote it.
    if let violation = ProgrammeSpan(today: today ?? ProgrammeSpan.now.today).violations(in: registry, collections: changed).first
    {
      throw .invalidInput(field: "\(violation.id): \(violation.field)", reason: violation.error.phrase)
    }
    guard !dryRun, !changed.isEmpty else { return result }
    var files = changed.map { ($0.fileName, registry.fileChunks(of: $0)) }
    if let description = dataPackageFollowing(from: original, to: registry) {
      files.append((StoreDescription.dataPackageFile, [description]))
    }
    let entry = try label.map { label throws(ProgrammeError) in
      try stageJournalEntry(replacing: files.map(\.0), label: label)
    }
    do {
      try commit(files, then: entry.map { [$0] } ?? [], keepingNewVersionsIn: entry?.temporary)
    } catch {
      if let entry, fileSystem.itemKind(at: path(Self.commitMarker)) == .missing { removeTree(path(entry.temporary)) }
      throw error
    }
    if entry != nil { pruneJournal() }
    return result
  }

  /// The store's `datapackage.json` again, when a write empties a collection or gives an
  /// empty one its first record: Frictionless reads an empty collection only as a file, not
  /// as a table, so the description follows in the same commit (and `undo` puts both back).
  /// A store without a description (one a user removed) is left without.
  func dataPackageFollowing(from original: Registry, to registry: Registry) -> [UInt8]? {
    let empty = StoreDescription.emptyCollections(of: registry)
    guard empty != StoreDescription.emptyCollections(of: original),
      fileSystem.itemKind(at: path(StoreDescription.dataPackageFile)) == .file
    else { return nil }
    return JSONWriter().bytes(for: StoreDescription.dataPackage(empty: empty))
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
  /// files are in place (the journal's entries). Every name is relative to the store's folder,
  /// so the marker means the same to a process started from any working folder.
  ///
  /// With `keepingNewVersionsIn`, each new file is also linked into that journal entry as
  /// `after-<name>`, so that `undo` can tell whether the file is still the one this write left.
  func commit(
    _ files: [(name: String, chunks: [[UInt8]])], then moves: [(temporary: String, target: String)] = [],
    keepingNewVersionsIn entry: String? = nil
  ) throws(ProgrammeError) {
    guard !files.isEmpty || !moves.isEmpty else { return }
    var renames: [(temporary: String, target: String)] = []
    do {
      for (index, file) in files.enumerated() {
        let temporary = ".\(file.name).tmp-\(Self.processID)-\(index)"
        let permissions = fileSystem.permissions(at: path(file.name)) ?? 0o644
        renames.append((temporary, file.name))
        try fileSystem.writeFile(file.chunks, to: path(temporary), permissions: permissions)
        if let entry { try fileSystem.link(path(temporary), as: path(entry) + "/" + Store.afterPrefix + file.name) }
      }
    } catch {
      for rename in renames { try? fileSystem.removeItem(at: path(rename.temporary)) }
      throw writeFailure(error)
    }
    // Only the temporary files are this commit's to remove if it fails; moved items are not.
    let written = renames
    renames += moves
    let temporaryMarker = path(Self.commitMarker + ".tmp-\(Self.processID)")
    do {
      if renames.count > 1 {
        let marker = JSONValue.array(
          renames.map { .object(["temporary": .string($0.temporary), "target": .string($0.target)]) })
        try fileSystem.writeFile(JSONWriter().bytes(for: marker), to: temporaryMarker, permissions: 0o644)
        try fileSystem.rename(temporaryMarker, to: path(Self.commitMarker))
        try fileSystem.synchronizeDirectory(at: directory)
      }
    } catch {
      for rename in written { try? fileSystem.removeItem(at: path(rename.temporary)) }
      try? fileSystem.removeItem(at: temporaryMarker)
      throw writeFailure(error)
    }
    do {
      for rename in renames { try fileSystem.rename(path(rename.temporary), to: path(rename.target)) }
      if renames.count > 1 { try fileSystem.removeItem(at: path(Self.commitMarker)) }
      try fileSystem.synchronizeDirectory(at: directory)
    } catch {
      if renames.count == 1 {
        try? fileSystem.removeItem(at: path(renames[0].temporary))
        throw writeFailure(error)
      }
      // The marker is down: the next process to open the store completes the commit, so
      // the write did happen; but say that finishing it failed.
      throw .commitUnfinished(path: error.path, reason: error.reason)
    }
  }

  /// A failed write as the user reads it: a store that cannot be written at all is said to be
  /// read-only; anything else names the file and the system's reason.
  func writeFailure(_ error: FileSystemError) -> ProgrammeError {
    error.isReadOnly
      ? .storeReadOnly(path: directory, reason: error.reason) : .writeFailed(path: error.path, reason: error.reason)
  }

  /// The renames a commit marker lists, as names in the store; a marker that cannot be read,
  /// or names a place outside the store, yields nothing to rename.
  func markedRenames() -> [(temporary: String, target: String)] {
    guard let bytes = try? fileSystem.readFile(at: path(Self.commitMarker)),
      let entries = (try? JSONParser().parse(bytes))?.arrayValue
    else { return [] }
    return entries.compactMap { entry in
      guard let temporary = entry["temporary"]?.stringValue.flatMap(storeName),
        let target = entry["target"]?.stringValue.flatMap(storeName)
      else { return nil }
      return (temporary, target)
    }
  }

  /// A marker's path as a name inside the store: relative names as they are; a path under the
  /// store's folder (as markers of earlier versions wrote them) without that folder; `nil` for
  /// anything that would leave the store.
  func storeName(_ marked: String) -> String? {
    var name = marked
    if name.hasPrefix(directory + "/") { name = String(name.dropFirst(directory.count + 1)) }
    let parts = name.split(separator: "/", omittingEmptySubsequences: false)
    guard !name.hasPrefix("/"), !parts.isEmpty, !parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." })
    else { return nil }
    return name
  }

  /// The store's files whose new version a pending commit holds, by file name: what a reader
  /// that cannot finish the commit reads instead.
  func pendingReplacements() -> [String: String] {
    var replacements: [String: String] = [:]
    for rename in markedRenames() where fileSystem.itemKind(at: path(rename.temporary)) == .file {
      replacements[rename.target] = rename.temporary
    }
    return replacements
  }

  /// Completes a commit that a crashed writer left half done, and removes stale temporary
  /// files. Called only under the exclusive lock, so every temporary file is stale.
  ///
  /// Every rename the marker lists whose source is still there is done, files and folders
  /// alike: a journal entry moved in the same commit as the files it describes lands with
  /// them, or not at all.
  func recover() throws(ProgrammeError) {
    let names: [String]
    do {
      names = try fileSystem.contentsOfDirectory(at: directory)
    } catch {
      throw .readFailed(path: error.path, reason: error.reason)
    }
    do {
      if names.contains(Self.commitMarker) {
        for rename in markedRenames() where fileSystem.itemKind(at: path(rename.temporary)) != .missing {
          try fileSystem.rename(path(rename.temporary), to: path(rename.target))
        }
        try fileSystem.synchronizeDirectory(at: directory)
        try fileSystem.removeItem(at: path(Self.commitMarker))
        try fileSystem.synchronizeDirectory(at: directory)
      }
      for name in names where name.hasPrefix(".") && name.contains(".tmp-") {
        if fileSystem.itemKind(at: path(name)) == .file { try fileSystem.removeItem(at: path(name)) }
      }
      removeStaleJournalFolders()
    } catch {
      throw writeFailure(error)
    }
  }

  static var processID: Int32 { getpid() }
}

// MARK: - Messages

extension Message {
  public static let unexpectedFormat = Message(
    english: "expected '{expected}', found '{found}'",
    indonesian: "seharusnya '{expected}', ditemukan '{found}'")
  public static let versionTooLow = Message(
    english: "expected 1 or more, found {found}",
    indonesian: "seharusnya 1 atau lebih, ditemukan {found}")
  public static let pendingCommitReadOnly = Message(
    english:
      "{path} holds a write a crashed process did not finish, and the store is read-only; read as if the write were finished",
    indonesian:
      "{path} memuat penulisan yang tidak diselesaikan proses yang terhenti, dan registri hanya-baca; dibaca seolah penulisan itu selesai"
  )
}
