/// A quick win's title makes its id, and it ends no earlier than it starts.
extension QuickWin {
  func ruleViolation() -> RuleViolation? {
    // The id is made from the title's letters and digits: a title without any has no id.
    guard !QuickWin.slug(title).isEmpty else { return RuleViolation("title", Phrase(.needsLettersOrDigits)) }
    if let start, let end, end < start { return RuleViolation("end", Phrase(.endsBeforeStart, ["start": .date(start)])) }
    return nil
  }
}

// MARK: - Messages

extension Message {
  public static let needsLettersOrDigits = Message(
    english: "needs letters or digits",
    indonesian: "memerlukan huruf atau angka")
}
