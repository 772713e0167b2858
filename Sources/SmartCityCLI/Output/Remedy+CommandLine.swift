import ProgrammeCore

/// The library's remedies worded as the command line's flags and commands.
extension Remedy {
  var commandLinePhrase: Phrase {
    switch self {
    case .nameTheStore: Phrase(.remedyPassData)
    case .chooseCohort(let cohorts) where cohorts.isEmpty: Phrase(.remedyPassAnotherCohort)
    case .chooseCohort(let cohorts): Phrase(.remedyPassCohort, ["cohorts": .texts(cohorts)])
    case .choosePhase(let year, let cohort): Phrase(.remedyPassPhase, ["year": "\(year)", "cohort": "\(cohort)"])
    case .searchRegions: Phrase(.remedyRegenciesSearch)
    case .listMoUIDs: Phrase(.remedyListIDs)
    case .showRecordIDs: Phrase(.remedyShowIDs)
    case .registerSigningFirst: Phrase(.remedyAddMoU)
    case .importCollectionsFirst: Phrase(.remedyImportCommand)
    case .describeStoreAgain: Phrase(.remedyDescribeCommand)
    }
  }
}

extension Validation.Finding {
  /// The finding as the command line prints it: what was found, then the remedy as a command.
  func commandLineText(in language: Language) -> String {
    guard let remedy else { return phrase.text(in: language) }
    return phrase.text(in: language) + "; " + remedy.commandLinePhrase.text(in: language)
  }

  /// The finding as `validate --format json` gives it, the remedy worded as a command.
  var commandLineJSON: JSONValue { jsonValue(message: message(remedy: remedy?.commandLinePhrase)) }
}

extension ProgrammeError {
  /// The error as the command line prints it: the library's words, then the remedy as a flag
  /// or a command to run.
  func commandLineMessage(in language: Language) -> String {
    guard let remedy else { return phrase.text(in: language) }
    return phrase.text(in: language) + "; " + remedy.commandLinePhrase.text(in: language)
  }
}

// MARK: - Messages

extension Message {
  static let remedyPassData = Message(
    english: "pass --data DIR, set SMARTCITY_DATA, or create a store with 'smartcity init DIR'",
    indonesian: "beri --data FOLDER, atur SMARTCITY_DATA, atau buat registri dengan 'smartcity init FOLDER'")
  static let remedyPassPhase = Message(
    english: "pass --cohort {cohort}, or --phase {year} to list or map its signings of {year}",
    indonesian: "beri --cohort {cohort}, atau --phase {year} untuk menampilkan atau memetakan penandatanganannya pada {year}")
  static let remedyPassCohort = Message(
    english: "pass --cohort with one of: {cohorts}",
    indonesian: "beri --cohort dengan salah satu dari: {cohorts}")
  static let remedyPassAnotherCohort = Message(
    english: "check the date or pass another --cohort",
    indonesian: "periksa tanggalnya atau beri --cohort lain")
  static let remedyRegenciesSearch = Message(
    english: "'smartcity regencies --search TEXT' lists them",
    indonesian: "'smartcity regencies --search TEKS' menampilkan daftarnya")
  static let remedyListIDs = Message(
    english: "'smartcity list --format tsv' shows the ids",
    indonesian: "'smartcity list --format tsv' menampilkan id-nya")
  static let remedyShowIDs = Message(
    english: "'smartcity show REGION --format json' shows a region's records with their ids",
    indonesian: "'smartcity show DAERAH --format json' menampilkan entri suatu daerah beserta id-nya")
  static let remedyImportCommand = Message(
    english: "'smartcity import FILE --collection NAME' imports each",
    indonesian: "'smartcity import BERKAS --collection NAMA' mengimpor masing-masing")
  static let remedyDescribeCommand = Message(
    english: "run 'smartcity describe'",
    indonesian: "jalankan 'smartcity describe'")
  static let remedyAddMoU = Message(
    english: "register the signing first with 'smartcity add-mou'",
    indonesian: "catat penandatanganannya dahulu dengan 'smartcity add-mou'")
}
