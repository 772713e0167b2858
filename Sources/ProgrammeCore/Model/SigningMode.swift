/// How an MoU was signed.
public enum SigningMode: String, Codable, CaseIterable, Sendable {
  case virtual
  case inPerson = "in-person"
  case hybrid
}
