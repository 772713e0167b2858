/// A letter's number is an id of parts apart by `/`; a letter names each region once.
extension SelectionLetter {
  func ruleViolation() -> RuleViolation? {
    if let reason = RecordIdentifier.violation(of: number, shape: .parts) { return RuleViolation("number", reason) }
    var named = Set<String>()
    for (index, code) in regencies.enumerated() where !named.insert(code).inserted {
      return RuleViolation("regencies[\(index)]", Phrase(.letterNamesTwice, ["letter": "\(number)", "code": "\(code)"]))
    }
    return nil
  }
}

// MARK: - Messages

extension Message {
  public static let letterNamesTwice = Message(
    english: "{letter} names {code} twice; name each region once",
    indonesian: "{letter} menyebut {code} dua kali; sebut setiap daerah sekali")
}
