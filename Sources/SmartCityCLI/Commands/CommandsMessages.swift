import ProgrammeCore

/// The messages the files of Commands/ share.
extension Message {
  static let optionSigningDate = Message(
    english: "Signing date: 2021-05-20, 20/05/2021 or \"20 Mei 2021\".",
    indonesian: "Tanggal penandatanganan: 2021-05-20, 20/05/2021 atau \"20 Mei 2021\".")
  static let optionMode = Message(
    english: "How it was signed.",
    indonesian: "Cara penandatanganannya.")
  static let unsourcedSuffix = Message(
    english: " (unsourced)",
    indonesian: " (tanpa sumber)")
  static let dryRunSuffix = Message(
    english: "; dry run, nothing written",
    indonesian: "; uji coba, tidak ada yang ditulis")
  static let oneRegion = Message(
    english: "1 region",
    indonesian: "1 daerah")
  static let regions = Message(
    english: "{count} {count|region|regions}",
    indonesian: "{count} daerah")
  static let columnName = Message(
    english: "Name",
    indonesian: "Nama")
  static let columnKind = Message(
    english: "Kind",
    indonesian: "Jenis")
  static let columnProvinceCode = Message(
    english: "Prov.",
    indonesian: "Prov.")
  static let columnMoU = Message(
    english: "MoU",
    indonesian: "Nota kesepakatan")
  static let columnSource = Message(
    english: "Source",
    indonesian: "Sumber")
  static let sectionCohorts = Message(
    english: "Per cohort",
    indonesian: "Per angkatan")
  static let recorded = Message(
    english: "Recorded {id}: {region}, {what}",
    indonesian: "Tercatat {id}: {region}, {what}")
  static let wouldRecord = Message(
    english: "Would record {id}: {region}, {what}",
    indonesian: "Akan dicatat {id}: {region}, {what}")
  static let argumentMoUID = Message(
    english: "The MoU's id, e.g. mou-2021-53.19.",
    indonesian: "Id nota kesepakatan, misalnya mou-2021-53.19.")
  static let edited = Message(
    english: "Edited {id}",
    indonesian: "Diubah {id}")
  static let wouldEdit = Message(
    english: "Would edit {id}",
    indonesian: "Akan diubah {id}")
  static let renamedTo = Message(
    english: " (now {id})",
    indonesian: " (sekarang {id})")
  static let nothingChanged = Message(
    english: "nothing changed",
    indonesian: "tidak ada yang berubah")
  static let fieldsChanged = Message(
    english: "changed {fields}",
    indonesian: "{fields} berubah")
  static let removeMoUYes = Message(
    english: "Do not ask; remove.",
    indonesian: "Jangan bertanya; langsung hapus.")
  static let undoPutsBack = Message(
    english: "; 'smartcity undo' puts it back",
    indonesian: "; 'smartcity undo' mengembalikannya")
  static let optionFormat = Message(
    english: "Output format.",
    indonesian: "Format keluaran.")
  static let wroteExport = Message(
    english: "Wrote {file} ({format})",
    indonesian: "Ditulis {file} ({format})")
  static let optionAddSource = Message(
    english: "One more source the record cites: a web address; repeat for more.",
    indonesian: "Satu sumber tambahan yang dikutip entri: alamat web; ulangi untuk sumber lain.")
  static let removeID = Message(
    english: "The record's id, e.g. milestone-2021-53.19-bimtek-1-2021-06-21.",
    indonesian: "Id entri, misalnya milestone-2021-53.19-bimtek-1-2021-06-21.")
}
