/// A region's code is `PP.RR`, of its province, and of the kind its number says.
extension Regency {
  func ruleViolation() -> RuleViolation? {
    guard let digits = Regency.digits(ofCode: code) else {
      return RuleViolation("code", Phrase(.expectedRegencyCode, ["found": "\(code.quotedInMessage)"]))
    }
    // The province is the code's first two digits.
    guard Regency.digits(ofCode: province + ".01").map({ $0 / 100 }) == digits / 100 else {
      return RuleViolation(
        "province", Phrase(.codeOutsideProvince, ["code": "\(code.quotedInMessage)", "province": "\(province.quotedInMessage)"]))
    }
    guard Regency.kind(ofCode: code) == kind else {
      return RuleViolation("kind", Phrase(.codeOfOtherKind, ["code": "\(code.quotedInMessage)", "kind": "\(kind.rawValue)"]))
    }
    return nil
  }
}

// MARK: - Messages

extension Message {
  public static let expectedRegencyCode = Message(
    english: "expected a Kemendagri code such as 53.19, found '{found}'",
    indonesian: "seharusnya kode Kemendagri seperti 53.19, ditemukan '{found}'")
  public static let codeOutsideProvince = Message(
    english: "code {code} does not belong to province '{province}'",
    indonesian: "kode {code} tidak termasuk provinsi '{province}'")
  public static let codeOfOtherKind = Message(
    english: "code {code} is not a {kind} (01–69 are kabupaten, 71–99 kota)",
    indonesian: "kode {code} bukan {kind} (01–69 kabupaten, 71–99 kota)")
}
