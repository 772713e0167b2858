/// A province's code is two digits.
extension Province {
  func ruleViolation() -> RuleViolation? {
    guard code.count == 2, code.allSatisfy(\.isASCIIDigit) else {
      return RuleViolation("code", Phrase(.expectedProvinceCode, ["found": "\(code.quotedInMessage)"]))
    }
    return nil
  }
}

// MARK: - Messages

extension Message {
  public static let expectedProvinceCode = Message(
    english: "expected a two-digit Kemendagri code such as 53, found '{found}'",
    indonesian: "seharusnya kode Kemendagri dua angka seperti 53, ditemukan '{found}'")
}
