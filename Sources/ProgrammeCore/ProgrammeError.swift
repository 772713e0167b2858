/// Everything that can go wrong in ProgrammeCore, with the values a person needs to act on it.
public enum ProgrammeError: Error, Equatable, Sendable {
  // The store cannot be found.
  case storeNotFound(path: String)
  case storeNotADirectory(path: String)
  case storeAlreadyExists(path: String)
  // The store is broken.
  case missingFile(path: String)
  case notAFile(path: String)
  case emptyFile(path: String)
  case notUTF8(path: String, line: Int, column: Int)
  case syntax(path: String, line: Int, column: Int, reason: Phrase)
  case invalidRecord(file: String, record: Phrase, field: String?, reason: Phrase)
  case unsupportedVersion(path: String, found: Int, supported: Int)
  case duplicateID(file: String, id: String)
  case danglingReference(file: String, record: String, field: String, value: String, target: Collection)
  /// A merge left conflicts that nobody has resolved (`conflicts.json`): the store is not whole
  /// until a person has chosen each value. `count` is `nil` when the list itself is unreadable.
  case unresolvedConflicts(path: String, count: Int?)
  // Reading and writing.
  case readFailed(path: String, reason: String)
  case writeFailed(path: String, reason: String)
  /// The write was made durable but not finished; the next process to open the store finishes it.
  case commitUnfinished(path: String, reason: String)
  /// The store's folder cannot be written (a read-only mount, or no permission).
  case storeReadOnly(path: String, reason: String)
  /// Writing an output (standard output, or a file named by `--output`) failed.
  case outputFailed(path: String, reason: String)
  /// A file named on the command line is not a regular file.
  case notReadableFile(path: String)
  /// A file named on the command line does not exist.
  case noSuchFile(path: String)
  case locked(path: String, seconds: Double)
  // The operation is refused.
  case unknownRegency(input: String, suggestions: [String])
  case ambiguousRegency(input: String, candidates: [String])
  /// A province named where a region is expected.
  case provinceNotRegion(input: String, province: String, regions: [String])
  case unknownProvince(input: String, suggestions: [String])
  case unknownCohort(input: String, known: [String])
  /// A phase's year given where a cohort is expected ("2019" for cohort 2017's last phase).
  case cohortIsAPhase(input: String, cohort: String)
  /// A phase no cohort signed in phases has.
  case unknownPhase(input: Int, cohort: String?, known: [String])
  case noCohortForYear(year: Int, known: [String])
  case severalCohortsForYear(year: Int, cohorts: [String])
  case duplicateMoU(id: String, signedOn: ReportedDate)
  case dateOutsideCohort(date: ReportedDate, cohort: String, years: [Int])
  case unknownLetter(number: String, known: [String])
  case noMembership(regency: String, cohort: String?)
  case severalMemberships(regency: String, cohorts: [String])
  case duplicateMilestone(id: String)
  case duplicateQuickWin(id: String)
  case nothingToUndo(path: String)
  case brokenJournal(path: String, reason: Phrase)
  case unknownMoU(id: String, suggestions: [String])
  case recordInUse(id: String, records: [String])
  case duplicateRecord(collection: Collection, id: String)
  case invalidInput(field: String, reason: Phrase)
  /// A file with bad rows; `first`, what to do before anything else (import another file).
  case importFailed(file: String, problems: [Phrase], missing: [Collection] = [])
  /// `git` could not be run.
  case gitUnavailable(reason: String)
  /// Git refused what it was asked (not a repository, a bad path).
  case gitFailed(command: String, message: String)
  case unknownRevision(revision: String)
  /// The store's folder is in no git repository.
  case notARepository(path: String)
  /// No record of any kind has this id.
  case unknownRecord(id: String)
  /// A region's name or code given where a record's id is expected: the ids of its records.
  case regionNotRecord(input: String, code: String, ids: [String])
  /// `undo` would put back a file that something else has changed since the write.
  case changedSinceWrite(file: String, command: String)

  /// The kind of failure, which decides the exit status.
  public var category: Category {
    switch self {
    case .storeNotFound, .storeNotADirectory, .storeAlreadyExists, .unknownRegency, .ambiguousRegency, .provinceNotRegion,
      .unknownProvince, .unknownCohort, .cohortIsAPhase, .unknownPhase, .noCohortForYear, .severalCohortsForYear, .duplicateMoU,
      .dateOutsideCohort, .unknownLetter, .noMembership, .severalMemberships, .duplicateMilestone,
      .duplicateQuickWin, .nothingToUndo, .unknownMoU, .recordInUse, .duplicateRecord, .invalidInput, .importFailed,
      .gitFailed, .unknownRevision, .changedSinceWrite, .unknownRecord, .regionNotRecord, .notARepository:
      .refused
    case .missingFile, .notAFile, .emptyFile, .notUTF8, .syntax, .invalidRecord, .unsupportedVersion,
      .duplicateID, .danglingReference, .brokenJournal, .unresolvedConflicts:
      .brokenStore
    case .readFailed, .writeFailed, .commitUnfinished, .storeReadOnly, .outputFailed, .notReadableFile, .noSuchFile,
      .gitUnavailable:
      .inputOutput
    case .locked: .locked
    }
  }

  /// The kinds of failure.
  public enum Category: Sendable {
    /// The store refused the operation (exit 1).
    case refused
    /// The store is broken or unreadable as a store (exit 65).
    case brokenStore
    /// Reading or writing failed (exit 74).
    case inputOutput
    /// Another process kept the store locked (exit 75).
    case locked
  }

  /// One line for a person, in English: what was wrong, and what would be accepted.
  public var message: String { message(in: .english) }

  /// One line for a person, in a language: what was wrong, what would be accepted, and the
  /// remedy in words that name no interface (the command line words it as its flags).
  public func message(in language: Language) -> String {
    guard let remedy else { return phrase.text(in: language) }
    return phrase.text(in: language) + "; " + remedy.phrase.text(in: language)
  }

  /// The message and its values, for printing in any language.
  public var phrase: Phrase {
    switch self {
    case .storeNotFound(let path):
      Phrase(.storeNotFound, ["path": "\(path)"])
    case .gitUnavailable(let reason):
      Phrase(.gitUnavailable, ["reason": "\(reason)"])
    case .gitFailed(let command, let message):
      Phrase(.gitFailed, ["command": "\(command)", "message": "\(message)"])
    case .changedSinceWrite(let file, let command):
      Phrase(.changedSinceWrite, ["file": "\(file)", "command": "\(command)"])
    case .unknownRecord(let id):
      Phrase(.unknownRecord, ["id": "\(id)"])
    case .regionNotRecord(let input, let code, let ids):
      // The region's own record first (its code), then the programme's records of it.
      Phrase(
        .regionNotRecord,
        [
          "input": "\(input)",
          "ids": .list([.phrase(Phrase(.regionRecordItself, ["code": "\(code)"]))] + ids.map(Phrase.Value.text)),
        ])
    case .notARepository(let path):
      Phrase(.notARepository, ["path": "\(path)"])
    case .unknownRevision(let revision):
      Phrase(.unknownRevision, ["revision": "\(revision.quotedInMessage)"])
    case .storeNotADirectory(let path):
      Phrase(.storeNotADirectory, ["path": "\(path)"])
    case .storeAlreadyExists(let path):
      Phrase(.storeAlreadyExists, ["path": "\(path)"])
    case .missingFile(let path):
      Phrase(.missingFile, ["path": "\(path)"])
    case .notAFile(let path):
      Phrase(.notAFile, ["path": "\(path)"])
    case .emptyFile(let path):
      Phrase(.emptyFile, ["path": "\(path)"])
    case .notUTF8(let path, let line, let column):
      Phrase(.notUTF8, ["path": "\(path)", "line": .number(line), "column": .number(column)])
    case .syntax(let path, let line, let column, let reason):
      Phrase(.invalidJSON, ["path": "\(path)", "line": .number(line), "column": .number(column), "reason": .phrase(reason)])
    case .invalidRecord(let file, let record, let field, let reason):
      field.map {
        Phrase(.invalidField, ["file": "\(file)", "record": .phrase(record), "field": "\($0)", "reason": .phrase(reason)])
      } ?? Phrase(.invalidRecord, ["file": "\(file)", "record": .phrase(record), "reason": .phrase(reason)])
    case .unsupportedVersion(let path, let found, let supported):
      Phrase(.unsupportedVersion, ["path": "\(path)", "found": .number(found), "supported": .number(supported)])
    case .duplicateID(let file, let id):
      Phrase(.duplicateID, ["file": "\(file)", "id": "\(id)"])
    case .danglingReference(let file, let record, let field, let value, let target):
      Phrase(
        .danglingReference,
        ["file": "\(file)", "record": "\(record)", "field": "\(field)", "value": "\(value)", "target": "\(target.fileName)"])
    case .unresolvedConflicts(let path, let count):
      switch count {
      case nil: Phrase(.unreadableConflicts, ["path": "\(path)"])
      case 0: Phrase(.noConflictsLeft, ["path": "\(path)"])
      case let count?: Phrase(.unresolvedConflicts, ["path": "\(path)", "count": .number(count)])
      }
    case .readFailed(let path, let reason):
      Phrase(.readFailed, ["path": "\(path)", "reason": "\(reason)"])
    case .writeFailed(let path, let reason):
      Phrase(.writeFailed, ["path": "\(path)", "reason": "\(reason)"])
    case .commitUnfinished(let path, let reason):
      Phrase(.commitUnfinished, ["path": "\(path)", "reason": "\(reason)"])
    case .storeReadOnly(let path, let reason):
      Phrase(.storeReadOnly, ["path": "\(path)", "reason": "\(reason)"])
    case .outputFailed(let path, let reason):
      Phrase(.outputFailed, ["path": "\(path)", "reason": "\(reason)"])
    case .locked(let path, let seconds):
      Phrase(.locked, ["path": "\(path)", "seconds": "\(Self.seconds(seconds))"])
    case .unknownRegency(let input, let suggestions):
      Phrase(.unknownRegency, ["input": "\(input)", "hint": Self.didYouMean(suggestions, else: .regencyHint)])
    case .ambiguousRegency(let input, let candidates):
      Phrase(.ambiguousRegency, ["input": "\(input)", "candidates": .texts(candidates, separator: "; ")])
    case .provinceNotRegion(let input, let province, let regions):
      Phrase(.provinceNotRegion, ["input": "\(input)", "province": "\(province)", "regions": .texts(regions)])
    case .unknownProvince(let input, let suggestions):
      Phrase(.unknownProvince, ["input": "\(input)", "hint": Self.didYouMean(suggestions, else: .provinceHint)])
    case .unknownCohort(let input, let known):
      Phrase(.unknownCohort, ["input": "\(input)", "known": .texts(known)])
    case .cohortIsAPhase(let input, let cohort):
      Phrase(.cohortIsAPhase, ["input": "\(input)", "cohort": "\(cohort)"])
    case .unknownPhase(let input, let cohort?, let known):
      Phrase(.unknownPhaseOfCohort, ["input": .number(input), "cohort": "\(cohort)", "known": .texts(known)])
    case .unknownPhase(let input, nil, let known):
      Phrase(.unknownPhase, ["input": .number(input), "known": .texts(known)])
    case .noCohortForYear(let year, let known):
      Phrase(.noCohortForYear, ["year": .number(year), "known": .texts(known)])
    case .severalCohortsForYear(let year, let cohorts):
      Phrase(.severalCohortsForYear, ["year": .number(year), "cohorts": .texts(cohorts)])
    case .duplicateMoU(let id, let signedOn):
      Phrase(.duplicateMoU, ["id": "\(id)", "date": .date(signedOn)])
    case .dateOutsideCohort(let date, let cohort, let years):
      Phrase(.dateOutsideCohort, ["date": .date(date), "cohort": "\(cohort)", "years": .list(years.map(Phrase.Value.number))])
    case .noMembership(let regency, let cohort):
      cohort.map { Phrase(.noMembershipInCohort, ["regency": "\(regency)", "cohort": "\($0)"]) }
        ?? Phrase(.noMembership, ["regency": "\(regency)"])
    case .severalMemberships(let regency, let cohorts):
      Phrase(.severalMemberships, ["regency": "\(regency)", "cohorts": .texts(cohorts)])
    case .duplicateMilestone(let id):
      Phrase(.duplicateMilestone, ["id": "\(id)"])
    case .duplicateQuickWin(let id):
      Phrase(.duplicateQuickWin, ["id": "\(id)"])
    case .nothingToUndo(let path):
      Phrase(.nothingToUndo, ["path": "\(path)"])
    case .brokenJournal(let path, let reason):
      Phrase(.brokenJournal, ["path": "\(path)", "reason": .phrase(reason)])
    case .unknownMoU(let id, let suggestions):
      suggestions.isEmpty
        ? Phrase(.unknownMoUAlone, ["id": "\(id)"])
        : Phrase(.unknownMoU, ["id": "\(id)", "hint": Self.didYouMean(suggestions, else: .didYouMean)])
    case .recordInUse(let id, let records):
      Phrase(.recordInUse, ["id": "\(id)", "records": .shortList(records)])
    case .duplicateRecord(let collection, let id):
      Phrase(.duplicateRecord, ["file": "\(collection.fileName)", "id": "\(id)"])
    case .invalidInput(let field, let reason):
      Phrase(.invalidInput, ["field": "\(field)", "reason": .phrase(reason)])
    case .importFailed(let file, let problems, let missing):
      // One line however many rows are bad, so that scripts see a single error.
      // At most ten problems are spelled out; the rest are counted.
      Phrase(
        problems.count == 1 ? .importFailedOneRow : .importFailed,
        [
          "file": "\(file)", "count": .number(problems.count),
          "problems": .list(
            (missing.isEmpty ? [] : [.phrase(Phrase(.importFirst, ["collections": .texts(missing.map(\.rawValue))]))])
              + problems.prefix(10).map(Phrase.Value.phrase)
              + (problems.count > 10 ? [.phrase(Phrase(.andMore, ["count": .number(problems.count - 10)]))] : []),
            separator: "; "),
        ])
    case .notReadableFile(let path):
      Phrase(.notReadableFile, ["path": "\(path)"])
    case .noSuchFile(let path):
      Phrase(.noSuchFile, ["path": "\(path)"])
    case .unknownLetter(let number, let known):
      known.isEmpty
        ? Phrase(.unknownLetterNoneKnown, ["number": "\(number)"])
        : Phrase(.unknownLetter, ["number": "\(number)", "known": .texts(known)])
    }
  }

  /// "did you mean 'A', 'B'?", or the fallback hint without suggestions.
  static func didYouMean(_ suggestions: [String], else fallback: Message) -> Phrase.Value {
    guard !suggestions.isEmpty else { return .phrase(Phrase(fallback)) }
    return .phrase(Phrase(.didYouMean, ["suggestions": .texts(suggestions.map { "'\($0)'" })]))
  }

  static func seconds(_ value: Double) -> String {
    value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
  }
}

// MARK: - Messages

extension Message {
  public static let unresolvedConflicts = Message(
    english:
      "{path} lists merge conflicts nobody has resolved ({count}); 'validate' names each: choose each value in the store's files, then remove {path}",
    indonesian:
      "{path} memuat konflik penggabungan yang belum diselesaikan ({count}); 'validate' menyebut masing-masing: pilih setiap nilai di berkas registri, lalu hapus {path}"
  )
  public static let notARepository = Message(
    english:
      "{path} is not in a git repository; run it in a clone of the registry, or compare two store folders with 'smartcity diff OLD NEW'",
    indonesian:
      "{path} tidak berada di repositori git; jalankan di klon registri, atau bandingkan dua folder registri dengan 'smartcity diff LAMA BARU'"
  )
  public static let noConflictsLeft = Message(
    english: "{path}, left by a merge, lists no conflict; once each value in the store's files is the one chosen, remove {path}",
    indonesian:
      "{path}, sisa penggabungan, tidak memuat konflik; setelah setiap nilai di berkas registri adalah yang dipilih, hapus {path}"
  )
  public static let unreadableConflicts = Message(
    english:
      "{path} is there but cannot be read as a list of merge conflicts; take the conflicts from git ('git checkout --conflict=merge'), choose each value, then remove {path}",
    indonesian:
      "{path} ada tetapi tidak dapat dibaca sebagai daftar konflik penggabungan; ambil konfliknya dari git ('git checkout --conflict=merge'), pilih setiap nilai, lalu hapus {path}"
  )
  public static let invalidJSON = Message(
    english: "{path}:{line}:{column}: invalid JSON: {reason}",
    indonesian: "{path}:{line}:{column}: JSON tidak sah: {reason}")
  public static let invalidField = Message(
    english: "{file}: {record}, field '{field}': {reason}",
    indonesian: "{file}: {record}, kolom '{field}': {reason}")
  public static let notReadableFile = Message(
    english: "cannot read {path}: not a file",
    indonesian: "tidak dapat membaca {path}: bukan berkas")
  public static let didYouMean = Message(
    english: "did you mean {suggestions}?",
    indonesian: "maksud Anda {suggestions}?")
  public static let regencyHint = Message(
    english: "use a Kemendagri code such as 53.19 or a name",
    indonesian: "pakai kode Kemendagri seperti 53.19 atau nama")
  public static let provinceHint = Message(
    english: "use a two-digit code such as 53 or a name such as 'Nusa Tenggara Timur'",
    indonesian: "pakai kode dua angka seperti 53 atau nama seperti 'Nusa Tenggara Timur'")
  public static let noMembershipInCohort = Message(
    english: "{regency} has no MoU in cohort {cohort}",
    indonesian: "{regency} belum memiliki nota kesepakatan pada angkatan {cohort}")
  public static let importFailedOneRow = Message(
    english: "{file}: 1 bad row, nothing imported: {problems}",
    indonesian: "{file}: 1 baris salah, tidak ada yang diimpor: {problems}")
  public static let unknownLetterNoneKnown = Message(
    english: "no selection letter '{number}'; the store has none",
    indonesian: "tidak ada surat penetapan '{number}'; registri belum memuat surat apa pun")
  public static let noSuchFile = Message(
    english: "cannot read {path}: no such file",
    indonesian: "tidak dapat membaca {path}: berkas tidak ada")
}
