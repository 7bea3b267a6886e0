//! Files of many scanned pages: a TIFF as office scanners write it, and PDFs whose
//! pages are scanned images (JPEG, deflated grey, fax-compressed black and white). Each
//! page is decoded on its own and read back to the sheet's code; a page with no image,
//! a compression the reader does not know and a damaged PDF are refused with a reason.
//! A snippet of a page turned upside down comes out upright.

#[allow(dead_code)]
mod generator;

use convene_print::{page_frame, Paper};
use convene_scan::{locate, read_code, snippet, Area, ScanError, Stack};
use generator::{form, print, CODE};
use image::{imageops, GrayImage};
use lopdf::{dictionary, Document, Object, Stream};

fn clean_page(name: &str) -> GrayImage {
    let scratch = std::env::temp_dir().join(format!("convene-stack-{name}-{}", std::process::id()));
    let printed = print(Paper::Letter, &form(4), 150, &scratch);
    printed.pages[0].clone()
}

fn code_of(page: &GrayImage) -> Result<String, ScanError> {
    let located = locate(page, &[page_frame(Paper::Letter), page_frame(Paper::A4)])?;
    read_code(page, &located)
}

fn tiff_of(pages: &[GrayImage]) -> Vec<u8> {
    let mut bytes = std::io::Cursor::new(Vec::new());
    let mut encoder = tiff::encoder::TiffEncoder::new(&mut bytes).expect("an encoder");
    for page in pages {
        encoder
            .write_image::<tiff::encoder::colortype::Gray8>(page.width(), page.height(), page)
            .expect("a page");
    }
    bytes.into_inner()
}

/// An image XObject: its dictionary entries past the size, and its stream.
type PageImage = Option<(lopdf::Dictionary, Vec<u8>)>;

/// A PDF of Letter pages, each drawing its image full page (or nothing).
fn pdf_of(images: Vec<PageImage>, (width, height): (u32, u32)) -> Vec<u8> {
    let mut document = Document::with_version("1.5");
    let pages_id = document.new_object_id();
    let mut kids = Vec::new();
    for image in images {
        let mut resources = lopdf::Dictionary::new();
        if let Some((mut dict, content)) = image {
            dict.set("Type", "XObject");
            dict.set("Subtype", "Image");
            dict.set("Width", i64::from(width));
            dict.set("Height", i64::from(height));
            let image_id = document.add_object(Stream::new(dict, content));
            resources.set("XObject", dictionary! { "Im0" => image_id });
        }
        let draw = b"q 612 0 0 792 0 0 cm /Im0 Do Q".to_vec();
        let contents = document.add_object(Stream::new(lopdf::Dictionary::new(), draw));
        let page = document.add_object(dictionary! {
            "Type" => "Page",
            "Parent" => pages_id,
            "MediaBox" => vec![0.into(), 0.into(), 612.into(), 792.into()],
            "Resources" => resources,
            "Contents" => contents,
        });
        kids.push(Object::Reference(page));
    }
    let count = kids.len() as i64;
    let pages = dictionary! { "Type" => "Pages", "Kids" => kids, "Count" => count };
    document.objects.insert(pages_id, Object::Dictionary(pages));
    let catalog = document.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    document.trailer.set("Root", catalog);
    let mut bytes = Vec::new();
    document.save_to(&mut bytes).expect("saved");
    bytes
}

fn jpeg(page: &GrayImage) -> PageImage {
    let mut bytes = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut bytes, 80)
        .encode_image(page)
        .expect("a JPEG");
    let dict = dictionary! { "ColorSpace" => "DeviceGray", "BitsPerComponent" => 8, "Filter" => "DCTDecode" };
    Some((dict, bytes))
}

fn deflated(page: &GrayImage) -> PageImage {
    let dict = dictionary! { "ColorSpace" => "DeviceGray", "BitsPerComponent" => 8 };
    let mut stream = Stream::new(dict.clone(), page.as_raw().clone());
    stream.compress().expect("deflated");
    Some((stream.dict, stream.content))
}

/// Black and white, group 4 fax-compressed, as a scanner's "text" mode writes it.
fn fax(page: &GrayImage) -> PageImage {
    let mut encoder = fax::encoder::Encoder::new(fax::VecWriter::new());
    for row in page.rows() {
        let pels = row.map(|p| {
            if p.0[0] < 128 {
                fax::Color::Black
            } else {
                fax::Color::White
            }
        });
        encoder
            .encode_line(pels, page.width() as u16)
            .expect("a line");
    }
    let bytes = encoder.finish().expect("finished").finish();
    let params =
        dictionary! { "K" => -1, "Columns" => page.width() as i64, "Rows" => page.height() as i64 };
    let dict = dictionary! {
        "ColorSpace" => "DeviceGray", "BitsPerComponent" => 1,
        "Filter" => "CCITTFaxDecode", "DecodeParms" => params,
    };
    Some((dict, bytes))
}

#[test]
fn every_page_of_a_many_page_tiff_is_read() {
    let page = clean_page("tiff");
    let upside_down = imageops::rotate180(&page);
    let stack = Stack::open(tiff_of(&[page.clone(), upside_down, page])).expect("opens");
    assert_eq!(stack.len(), 3);
    for index in 0..3 {
        let decoded = stack.page(index).expect("decoded");
        assert_eq!(code_of(&decoded).as_deref(), Ok(CODE), "page {index}");
    }
}

#[test]
fn a_scanners_pdf_is_read_page_by_page_and_a_page_without_a_scan_says_so() {
    let page = clean_page("pdf");
    let size = page.dimensions();
    let bytes = pdf_of(vec![jpeg(&page), deflated(&page), fax(&page), None], size);
    let stack = Stack::open(bytes).expect("opens");
    assert_eq!(stack.len(), 4);
    for index in 0..3 {
        let decoded = stack.page(index).expect("decoded");
        assert_eq!(decoded.dimensions(), size);
        assert_eq!(code_of(&decoded).as_deref(), Ok(CODE), "page {index}");
    }
    assert_eq!(stack.page(3).err(), Some(ScanError::NoImage));
}

#[test]
fn unknown_compression_and_a_damaged_pdf_are_refused_with_the_reason() {
    let dict = dictionary! { "ColorSpace" => "DeviceGray", "BitsPerComponent" => 1, "Filter" => "JBIG2Decode" };
    let stack = Stack::open(pdf_of(vec![Some((dict, vec![0; 64]))], (100, 100))).expect("opens");
    assert_eq!(
        stack.page(0).err(),
        Some(ScanError::Unsupported("JBIG2".into()))
    );

    let damaged = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n".to_vec();
    assert_eq!(Stack::open(damaged).err(), Some(ScanError::NotAPdf));

    let garbage = Stack::open(b"II*\0not a tiff at all".to_vec());
    assert!(matches!(garbage.err(), Some(ScanError::Undecodable(_))));
}

#[test]
fn a_snippet_of_a_page_scanned_upside_down_comes_out_upright() {
    let page = clean_page("snippet");
    let turned = imageops::rotate180(&page);
    let frames = [page_frame(Paper::Letter)];
    let area = Area {
        left: 36.0,
        bottom: 600.0,
        width: 300.0,
        height: 120.0,
    };
    let snip = |image: &GrayImage| {
        let located = locate(image, &frames).expect("located");
        let png = snippet(image, &located, area, 1.5);
        image::load_from_memory(&png).expect("a PNG").to_luma8()
    };
    let (upright, from_turned) = (snip(&page), snip(&turned));
    assert_eq!(upright.dimensions(), (450, 180));
    let ink = |image: &GrayImage| image.pixels().filter(|p| p.0[0] < 128).count();
    assert!(ink(&upright) > 200, "the snippet shows print");
    // Alike at a coarser grain: the two are a pixel apart at most, never mirrored.
    let coarse =
        |image: &GrayImage| imageops::resize(image, 75, 30, imageops::FilterType::Triangle);
    let (a, b) = (coarse(&upright), coarse(&from_turned));
    let difference: u32 = a
        .pixels()
        .zip(b.pixels())
        .map(|(a, b)| u32::from(a.0[0].abs_diff(b.0[0])))
        .sum();
    let mirrored = imageops::flip_vertical(&a);
    let from_mirror: u32 = a
        .pixels()
        .zip(mirrored.pixels())
        .map(|(a, b)| u32::from(a.0[0].abs_diff(b.0[0])))
        .sum();
    assert!(
        difference * 4 < from_mirror,
        "{difference} against {from_mirror} mirrored"
    );
}
