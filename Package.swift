// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "smartcity",
  products: [
    .library(name: "ProgrammeCore", targets: ["ProgrammeCore"]),
    .executable(name: "smartcity", targets: ["SmartCityCLI"]),
  ],
  targets: [
    .target(name: "ProgrammeCore"),
    .executableTarget(name: "SmartCityCLI", dependencies: ["ProgrammeCore"]),
    .testTarget(name: "ProgrammeCoreTests", dependencies: ["ProgrammeCore"]),
    .testTarget(name: "SmartCityCLITests", dependencies: ["SmartCityCLI", "ProgrammeCore"]),
  ],
  swiftLanguageModes: [.v6]
)
