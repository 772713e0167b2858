import ProgrammeCore

/// The messages several parts of this module print.
extension Message {
  static let standardOutput = Message(
    english: "standard output",
    indonesian: "keluaran standar")
  static let invalidEnvironment = Message(
    english: "The value '{value}' of the environment variable {name} is invalid: {reason}",
    indonesian: "Nilai '{value}' variabel lingkungan {name} tidak sah: {reason}")
  static let unknownCommand = Message(
    english: "Unknown command '{name}'. See 'smartcity help' for the list of commands.",
    indonesian: "Perintah '{name}' tidak dikenal. Lihat 'smartcity help' untuk daftar perintah.")
  static let unknownOption = Message(
    english: "Unknown option '{name}'.",
    indonesian: "Opsi '{name}' tidak dikenal.")
  static let missingValue = Message(
    english: "Missing value for '{option}'",
    indonesian: "Nilai untuk '{option}' tidak ada")
  static let missingArgument = Message(
    english: "Missing expected argument '{argument}'",
    indonesian: "Argumen yang diharapkan tidak ada: '{argument}'")
  static let invalidValue = Message(
    english: "The value '{value}' is invalid for '{option}': {reason}",
    indonesian: "Nilai '{value}' tidak sah untuk '{option}': {reason}")
  static let invalidArgumentEncoding = Message(
    english: "Argument {position} is not valid UTF-8 text; pass text in UTF-8",
    indonesian: "Argumen ke-{position} bukan teks UTF-8 yang sah; berikan teks dalam UTF-8")
  static let optionHelp = Message(
    english: "Show help information.",
    indonesian: "Tampilkan bantuan.")
  static let optionVersion = Message(
    english: "Show the version.",
    indonesian: "Tampilkan versi.")
  static let optionRegency = Message(
    english: "Kemendagri code (53.19) or name of the regency or city.",
    indonesian: "Kode Kemendagri (53.19) atau nama kabupaten/kota.")
  static let listProvince = Message(
    english: "Only this province: a code (53) or a name.",
    indonesian: "Hanya provinsi ini: kode (53) atau nama.")
  static let columnCode = Message(
    english: "Code",
    indonesian: "Kode")
  static let columnRegion = Message(
    english: "Region",
    indonesian: "Daerah")
  static let columnProvince = Message(
    english: "Province",
    indonesian: "Provinsi")
  static let columnCohort = Message(
    english: "Cohort",
    indonesian: "Angkatan")
  static let columnStatus = Message(
    english: "Status",
    indonesian: "Status")
  static let columnSigned = Message(
    english: "Signed",
    indonesian: "Ditandatangani")
  static let sectionYears = Message(
    english: "Per year",
    indonesian: "Per tahun")
  static let sectionReconciliation = Message(
    english: "Announced totals against the registry",
    indonesian: "Jumlah yang diumumkan dibandingkan dengan registri")
  static let sectionStages = Message(
    english: "Pipeline after the signing",
    indonesian: "Tahapan setelah penandatanganan")
  static let columnCoverage = Message(
    english: "Coverage",
    indonesian: "Cakupan")
  static let columnNote = Message(
    english: "Note",
    indonesian: "Catatan")
  static let columnConfidence = Message(
    english: "Confidence",
    indonesian: "Keyakinan")
  static let dateRange = Message(
    english: "{from} to {to}",
    indonesian: "{from} sampai {to}")
  static let missingChange = Message(
    english: "Missing expected argument: an option saying what to change (see 'smartcity {command} --help')",
    indonesian: "Argumen yang diharapkan tidak ada: opsi yang menyebut apa yang diubah (lihat 'smartcity {command} --help')")
  static let htmlTitle = Message(
    english: "Gerakan Menuju Smart City: registry",
    indonesian: "Gerakan Menuju Smart City: registri")
  static let mapTitle = Message(
    english: "Map of Indonesia: {regions} of {total} kabupaten/kota in the Smart City programme",
    indonesian: "Peta Indonesia: {regions} dari {total} kabupaten/kota dalam program Smart City")
  static let columnSources = Message(
    english: "Sources",
    indonesian: "Sumber")
}
