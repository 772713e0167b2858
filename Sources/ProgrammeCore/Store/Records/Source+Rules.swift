/// A source names something a reader can find: a title, a publisher or an address.
extension Source {
  func ruleViolation() -> RuleViolation? {
    title == nil && publisher == nil && url == nil ? RuleViolation("title", Phrase(.sourceNeedsTitle)) : nil
  }
}

// MARK: - Messages

extension Message {
  public static let sourceNeedsTitle = Message(
    english: "a source needs at least a title, a publisher or a url",
    indonesian: "sumber memerlukan paling tidak judul, penerbit, atau url")
}
