/// What a person can do about an error, named rather than worded: the library says the remedy,
/// and each interface words it in its own terms (the command line as a flag or a command to
/// run; an import as the column to fill). `ProgrammeError.message(in:)` words it without naming
/// any interface.
public enum Remedy: Equatable, Sendable {
  /// Say which store: its folder, or make one.
  case nameTheStore
  /// Say which cohort, among these (none listed: another one).
  case chooseCohort(among: [String])
  /// Name the cohort a phase belongs to, or select the phase itself.
  case choosePhase(year: String, cohort: String)
  /// Look the region up in the list of regions.
  case searchRegions
  /// Look up the MoUs' ids.
  case listMoUIDs
  /// Look up a region's records with their ids.
  case showRecordIDs
  /// Record the region's signing (its MoU) first.
  case registerSigningFirst
  /// Import the files of the collections a file's rows name, each on its own, before it.
  case importCollectionsFirst
  /// Write the store's description (its JSON Schemas, `datapackage.json`) again from this
  /// version's model.
  case describeStoreAgain

  /// The remedy in words that name no interface.
  public var phrase: Phrase {
    switch self {
    case .nameTheStore: Phrase(.remedyNameTheStore)
    case .chooseCohort(let cohorts) where cohorts.isEmpty: Phrase(.remedyAnotherCohort)
    case .chooseCohort(let cohorts): Phrase(.remedyChooseCohort, ["cohorts": .texts(cohorts)])
    case .choosePhase(let year, let cohort): Phrase(.remedyChoosePhase, ["year": "\(year)", "cohort": "\(cohort)"])
    case .searchRegions: Phrase(.remedySearchRegions)
    case .listMoUIDs, .showRecordIDs: Phrase(.remedyLookUpIDs)
    case .registerSigningFirst: Phrase(.remedyRegisterSigningFirst)
    case .importCollectionsFirst: Phrase(.remedyImportEachFile)
    case .describeStoreAgain: Phrase(.remedyDescribeStoreAgain)
    }
  }
}

extension ProgrammeError {
  /// What a person can do about the error, when there is something to say.
  public var remedy: Remedy? {
    switch self {
    case .storeNotFound, .storeNotADirectory, .missingFile: .nameTheStore
    case .importFailed(_, _, let missing) where !missing.isEmpty: .importCollectionsFirst
    case .unknownRegency(_, let suggestions) where suggestions.isEmpty: .searchRegions
    case .noCohortForYear(_, let known): .chooseCohort(among: known)
    case .cohortIsAPhase(let input, let cohort): .choosePhase(year: input, cohort: cohort)
    case .severalCohortsForYear(_, let cohorts): .chooseCohort(among: cohorts)
    case .dateOutsideCohort: .chooseCohort(among: [])
    case .severalMemberships(_, let cohorts): .chooseCohort(among: cohorts)
    case .unknownMoU(_, let suggestions) where suggestions.isEmpty: .listMoUIDs
    case .unknownRecord: .showRecordIDs
    case .noMembership: .registerSigningFirst
    default: nil
    }
  }
}

// MARK: - Messages

extension Message {
  public static let remedyNameTheStore = Message(
    english: "name the store's folder, or create a store there",
    indonesian: "sebutkan folder registrinya, atau buat registri di sana")
  public static let remedyChooseCohort = Message(
    english: "name the cohort: one of {cohorts}",
    indonesian: "sebutkan angkatannya: salah satu dari {cohorts}")
  public static let remedyAnotherCohort = Message(
    english: "check the date, or name another cohort",
    indonesian: "periksa tanggalnya, atau sebutkan angkatan lain")
  public static let remedyChoosePhase = Message(
    english: "name cohort {cohort}, or select its phase {year}",
    indonesian: "sebutkan angkatan {cohort}, atau pilih fasenya {year}")
  public static let remedySearchRegions = Message(
    english: "the list of regions has every code and name",
    indonesian: "daftar daerah memuat setiap kode dan nama")
  public static let remedyLookUpIDs = Message(
    english: "the ids are in the store's files",
    indonesian: "id-nya ada di berkas-berkas registri")
  public static let remedyImportEachFile = Message(
    english: "each collection is imported from its own file",
    indonesian: "setiap koleksi diimpor dari berkasnya sendiri")
  public static let remedyDescribeStoreAgain = Message(
    english: "write the store's description again from this version's model",
    indonesian: "tulis ulang deskripsi registri dari model versi ini")
  public static let remedyRegisterSigningFirst = Message(
    english: "record the signing (the MoU) first",
    indonesian: "catat penandatanganannya (nota kesepakatan) dahulu")
}
