import TestSupport
import Testing

@testable import ProgrammeCore

/// The regions as GeoJSON: every region once, in WGS 84, each ring closed, outer rings
/// counterclockwise and holes (a kota inside its kabupaten) clockwise inside their outer ring,
/// and properties that say the same as the registry.
@Suite struct GeoJSONTests {
  @Test func everyRegion_isAFeature_withTheRegistrysMembership() throws {
    let registry = try Store(directory: TestStore.fixture).load()
    let collection = GeoJSONWriter().value(for: registry)
    #expect(collection["type"]?.stringValue == "FeatureCollection")
    let features = try #require(collection["features"]?.arrayValue)
    #expect(features.map { $0["properties"]?["code"]?.stringValue ?? "" } == registry.regencies.map(\.code).sorted())
    let members = Set(registry.mous.map(\.regency))
    #expect(features.filter { $0["properties"]?["member"] == .bool(true) }.count == members.count)
    let bekasi = try #require(features.first { $0["id"]?.stringValue == "32.75" })
    let firstMoU = try #require(registry.mous.filter { $0.regency == "32.75" }.min { $0.signedOn < $1.signedOn })
    #expect(bekasi["properties"]?["first_signed"]?.stringValue == firstMoU.signedOn.description)
    #expect(bekasi["properties"]?["first_cohort"]?.stringValue == firstMoU.cohort)
    #expect(bekasi["properties"]?["confidence"]?.stringValue == firstMoU.confidence?.rawValue)
    #expect(bekasi["properties"]?["province_name"]?.stringValue == "Jawa Barat")
  }

  @Test func everyRing_isClosedOrientedAndHolesLieInTheirOuterRing() throws {
    let registry = try Store(directory: TestStore.fixture).load()
    let features = try #require(GeoJSONWriter().value(for: registry)["features"]?.arrayValue)
    typealias Point = (Double, Double)
    func points(_ ring: JSONValue) -> [Point] {
      (ring.arrayValue ?? []).compactMap { pair in
        guard let x = pair.arrayValue?[0].doubleValue, let y = pair.arrayValue?[1].doubleValue else { return nil }
        return (x, y)
      }
    }
    func area(_ ring: [Point]) -> Double {
      zip(ring, ring.dropFirst()).map { $0.0 * $1.1 - $1.0 * $0.1 }.reduce(0, +) / 2
    }
    func inside(_ ring: [Point], _ point: Point) -> Bool {
      var result = false
      for (a, b) in zip(ring, ring.dropFirst()) where (a.1 > point.1) != (b.1 > point.1) {
        if point.0 < (b.0 - a.0) * (point.1 - a.1) / (b.1 - a.1) + a.0 { result.toggle() }
      }
      return result
    }
    var holes = 0
    for feature in features {
      #expect(feature["geometry"]?["type"]?.stringValue == "MultiPolygon", "\(feature["id"] ?? .null)")
      for polygon in feature["geometry"]?["coordinates"]?.arrayValue ?? [] {
        let rings = (polygon.arrayValue ?? []).map(points)
        for (index, ring) in rings.enumerated() {
          #expect(ring.count >= 4 && ring.first! == ring.last!, "\(feature["id"] ?? .null)")
          #expect(index == 0 ? area(ring) > 0 : area(ring) < 0, "\(feature["id"] ?? .null) ring \(index)")
          if index > 0 {
            holes += 1
            #expect(inside(rings[0], ring[0]), "\(feature["id"] ?? .null): a hole outside its polygon")
          }
        }
        #expect(rings.allSatisfy { $0.allSatisfy { (94...142).contains($0.0) && (-12...7).contains($0.1) } })
      }
    }
    // Kota enclaves inside their kabupaten exist in the boundaries: some holes were found.
    #expect(holes > 10)
  }
}
