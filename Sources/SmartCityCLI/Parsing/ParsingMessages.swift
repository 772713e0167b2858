import ProgrammeCore

/// The messages the files of Parsing/ share.
extension Message {
  static let unexpectedArgument = Message(
    english: "Unexpected argument '{argument}'",
    indonesian: "Argumen tidak terduga: '{argument}'")
  static let repeatedOption = Message(
    english: "The option '{option}' was given more than once; give it once",
    indonesian: "Opsi '{option}' diberikan lebih dari sekali; berikan sekali saja")
}
