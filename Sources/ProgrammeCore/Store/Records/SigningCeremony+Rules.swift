/// A ceremony's id is a name (pages anchor it).
extension SigningCeremony {
  func ruleViolation() -> RuleViolation? {
    RecordIdentifier.violation(of: id, shape: .name).map { RuleViolation("id", $0) }
  }
}
