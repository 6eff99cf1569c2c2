// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "zhengfeng",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "zhengfeng", targets: ["zhengfeng"]),
        .library(name: "ZhengfengKit", targets: ["ZhengfengKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .systemLibrary(
            name: "CQRencode",
            pkgConfig: "libqrencode",
            providers: [.apt(["libqrencode-dev"])]
        ),
        .target(
            name: "Markdown",
            dependencies: ["CCmark"],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .target(
            name: "QRCode",
            dependencies: ["CQRencode"],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .target(
            name: "ZhengfengKit",
            dependencies: [
                "Markdown",
                "QRCode",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "SwiftCSV", package: "SwiftCSV"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            // The default theme, built into the binary; the repository's templates/ links here.
            // Starter: the content/ folder `zhengfeng init` writes.
            // Print/pdf_driver.py: runs WeasyPrint for the PDF step (PDFDriver.swift).
            resources: [.copy("Theme"), .copy("Starter"), .copy("Print/pdf_driver.py")],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        // `zhengfeng serve`: the HTTP side, kept out of ZhengfengKit so the core has no HTTP library.
        .target(
            name: "ZhengfengServe",
            dependencies: [
                "ZhengfengKit",
                .product(name: "FlyingFox", package: "FlyingFox"),
            ],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .executableTarget(
            name: "zhengfeng",
            dependencies: [
                "ZhengfengKit",
                "ZhengfengServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .testTarget(
            name: "MarkdownTests",
            dependencies: ["Markdown"],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .testTarget(
            name: "ZhengfengKitTests",
            // ZIPFoundation: tests write small .xlsx workbooks for the campaign loader.
            dependencies: ["ZhengfengKit", "QRCode", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            exclude: ["Fixtures"],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .testTarget(
            name: "ZhengfengServeTests",
            dependencies: [
                "ZhengfengServe",
                "ZhengfengKit",
                .product(name: "FlyingFox", package: "FlyingFox"),
            ],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
    ]
)
