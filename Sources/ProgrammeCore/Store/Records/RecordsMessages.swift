/// The messages the files of Records/ share.
extension Message {
  public static let endsBeforeStart = Message(
    english: "ends before it starts ({start})",
    indonesian: "berakhir sebelum dimulai ({start})")
}
