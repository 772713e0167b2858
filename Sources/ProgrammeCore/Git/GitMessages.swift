/// The messages the files of Git/ share.
extension Message {
  public static let removed = Message(
    english: "Removed {id}, signed {date}",
    indonesian: "Dihapus {id}, ditandatangani {date}")
}
