/// The messages the files of Model/ share.
extension Message {
  public static let notInFile = Message(
    english: "'{value}' is not in {file}",
    indonesian: "'{value}' tidak ada di {file}")
  public static let onBehalfOf = Message(
    english: "on behalf of the {office}",
    indonesian: "atas nama {office}")
  public static let evidenceNeedsSource = Message(
    english: "the evidence describes the record's sources; give at least one",
    indonesian: "bukti menjelaskan sumber entri itu; berikan setidaknya satu")
  public static let sourceAlreadyCited = Message(
    english: "{id} already cites {url}",
    indonesian: "{id} sudah menyebut {url}")
}
