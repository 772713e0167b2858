/// Everything that can go wrong in ProgrammeCore, with the values a person needs to act on it.
public enum ProgrammeError: Error, Equatable, Sendable {
  // The store cannot be found.
  case storeNotFound(path: String, hint: String)
  case storeNotADirectory(path: String)
  case storeAlreadyExists(path: String)
  // The store is broken.
  case missingFile(path: String)
  case notAFile(path: String)
  case emptyFile(path: String)
  case notUTF8(path: String, line: Int, column: Int)
  case syntax(path: String, line: Int, column: Int, reason: String)
  case invalidRecord(file: String, record: String, field: String?, reason: String)
  case unsupportedVersion(path: String, found: Int, supported: Int)
  case duplicateID(file: String, id: String)
  case danglingReference(file: String, record: String, field: String, value: String, target: Collection)
  // Reading and writing.
  case readFailed(path: String, reason: String)
  case writeFailed(path: String, reason: String)
  case locked(path: String, seconds: Double)
  // The operation is refused.
  case unknownRegency(input: String, suggestions: [String])
  case ambiguousRegency(input: String, candidates: [String])
  case unknownProvince(input: String, suggestions: [String])
  case unknownCohort(input: String, known: [String])
  case noCohortForYear(year: Int, known: [String])
  case severalCohortsForYear(year: Int, cohorts: [String])
  case duplicateMoU(id: String, signedOn: CalendarDate)
  case dateOutsideCohort(date: CalendarDate, cohort: String, years: [Int])
  case unknownLetter(number: String, known: [String])
  case noMembership(regency: String, cohort: String?)
  case severalMemberships(regency: String, cohorts: [String])
  case duplicateMilestone(id: String)
  case duplicateQuickWin(id: String)
  case nothingToUndo(path: String)
  case brokenJournal(path: String, reason: String)
  case unknownMoU(id: String, suggestions: [String])
  case mouInUse(id: String, records: [String])
  case duplicateRecord(collection: Collection, id: String)
  case invalidInput(field: String, reason: String)
  case importFailed(file: String, problems: [String])

  /// The kind of failure, which decides the exit status.
  public var category: Category {
    switch self {
    case .storeNotFound, .storeNotADirectory, .storeAlreadyExists, .unknownRegency, .ambiguousRegency,
      .unknownProvince, .unknownCohort, .noCohortForYear, .severalCohortsForYear, .duplicateMoU,
      .dateOutsideCohort, .unknownLetter, .noMembership, .severalMemberships, .duplicateMilestone,
      .duplicateQuickWin, .nothingToUndo, .unknownMoU, .mouInUse, .duplicateRecord, .invalidInput, .importFailed:
      .refused
    case .missingFile, .notAFile, .emptyFile, .notUTF8, .syntax, .invalidRecord, .unsupportedVersion,
      .duplicateID, .danglingReference, .brokenJournal:
      .brokenStore
    case .readFailed, .writeFailed: .inputOutput
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

  /// One line for a person: what was wrong, and what would be accepted.
  public var message: String {
    switch self {
    case .storeNotFound(let path, let hint):
      return "no store at '\(path)'; \(hint)"
    case .storeNotADirectory(let path):
      return "'\(path)' is not a folder; pass the store's folder with --data DIR"
    case .storeAlreadyExists(let path):
      return "'\(path)' already holds files; choose a new or empty folder for the new store"
    case .missingFile(let path):
      return "\(path): missing; every store holds this file (create a store with 'smartcity init DIR')"
    case .notAFile(let path):
      return "\(path): is a folder, expected a JSON file"
    case .emptyFile(let path):
      return "\(path): empty file, expected a JSON array"
    case .notUTF8(let path, let line, let column):
      return "\(path):\(line):\(column): not UTF-8 text; save the file as UTF-8"
    case .syntax(let path, let line, let column, let reason):
      return "\(path):\(line):\(column): invalid JSON: \(reason)"
    case .invalidRecord(let file, let record, let field, let reason):
      let place = field.map { "\(record), field '\($0)'" } ?? record
      return "\(file): \(place): \(reason)"
    case .unsupportedVersion(let path, let found, let supported):
      return "\(path): store format version \(found) is newer than this smartcity reads (\(supported)); "
        + "upgrade smartcity"
    case .duplicateID(let file, let id):
      return "\(file): duplicate id '\(id)'; each record needs its own id"
    case .danglingReference(let file, let record, let field, let value, let target):
      return "\(file): \(record), field '\(field)': '\(value)' is not in \(target.fileName)"
    case .readFailed(let path, let reason):
      return "cannot read \(path): \(reason)"
    case .writeFailed(let path, let reason):
      return "cannot write \(path): \(reason); the store was left as it was"
    case .locked(let path, let seconds):
      return "the store is locked by another process (waited \(Self.seconds(seconds)) for the lock on "
        + "\(path)); try again, or raise SMARTCITY_LOCK_TIMEOUT"
    case .unknownRegency(let input, let suggestions):
      let hint = Self.didYouMean(suggestions)
        ?? "use a Kemendagri code such as 53.19 or a name; 'smartcity regencies --search TEXT' lists them"
      return "no regency or city matches '\(input)'; \(hint)"
    case .ambiguousRegency(let input, let candidates):
      return "'\(input)' is ambiguous: \(candidates.joined(separator: "; ")); "
        + "say 'Kabupaten \(input)' or 'Kota \(input)', or give the code"
    case .unknownProvince(let input, let suggestions):
      let hint = Self.didYouMean(suggestions) ?? "use a two-digit code such as 53 or a name such as 'Nusa Tenggara Timur'"
      return "no province matches '\(input)'; \(hint)"
    case .unknownCohort(let input, let known):
      return "no cohort '\(input)'; known cohorts: \(known.joined(separator: ", "))"
    case .noCohortForYear(let year, let known):
      return "no cohort signs in \(year); pass --cohort with one of: \(known.joined(separator: ", "))"
    case .severalCohortsForYear(let year, let cohorts):
      return "several cohorts sign in \(year) (\(cohorts.joined(separator: ", "))); pass --cohort"
    case .duplicateMoU(let id, let signedOn):
      return "this region already has an MoU in that cohort: \(id), signed \(signedOn); "
        + "one MoU per region per cohort"
    case .dateOutsideCohort(let date, let cohort, let years):
      return "\(date) is not in cohort \(cohort), which signed in "
        + years.map(String.init).joined(separator: ", ") + "; check the date or pass another --cohort"
    case .noMembership(let regency, let cohort):
      let scope = cohort.map { " in cohort \($0)" } ?? ""
      return "\(regency) has no MoU\(scope); register the signing first with 'smartcity add-mou'"
    case .severalMemberships(let regency, let cohorts):
      return "\(regency) signed in several cohorts (\(cohorts.joined(separator: ", "))); pass --cohort"
    case .duplicateMilestone(let id):
      return "this milestone is already recorded: \(id)"
    case .duplicateQuickWin(let id):
      return "this quick win is already recorded: \(id); give another title"
    case .nothingToUndo(let path):
      return "nothing to undo: the journal (\(path)) holds no earlier write"
    case .brokenJournal(let path, let reason):
      return "\(path): \(reason); the journal entry cannot be undone"
    case .unknownMoU(let id, let suggestions):
      let hint = Self.didYouMean(suggestions) ?? "'smartcity list --format tsv' shows the ids"
      return "no MoU with id '\(id)'; \(hint)"
    case .mouInUse(let id, let records):
      return "\(id) is referred to by \(records.joined(separator: ", ")); remove or change those first"
    case .duplicateRecord(let collection, let id):
      return "\(collection.fileName) already holds '\(id)'; each record needs its own id"
    case .invalidInput(let field, let reason):
      return "\(field): \(reason)"
    case .importFailed(let file, let problems):
      // One line however many rows are bad, so that scripts see a single error.
      return "\(file): \(problems.count) bad row\(problems.count == 1 ? "" : "s"), nothing imported: "
        + problems.joined(separator: "; ")
    case .unknownLetter(let number, let known):
      let list = known.isEmpty ? "the store has none" : "known: " + known.joined(separator: ", ")
      return "no selection letter '\(number)'; \(list)"
    }
  }

  /// "did you mean 'A', 'B'?", or `nil` without suggestions.
  static func didYouMean(_ suggestions: [String]) -> String? {
    suggestions.isEmpty ? nil : "did you mean " + suggestions.map { "'\($0)'" }.joined(separator: ", ") + "?"
  }

  static func seconds(_ value: Double) -> String {
    value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
  }
}
