package dev.saring.testing;

import dev.saring.document.Document;

/** Short passages of ordinary prose written for the tests, in the languages they need. */
public final class Prose {
  /** About 150 words of English news prose in four paragraphs. */
  public static final String ENGLISH = String.join("\n\n",
      "The city council voted on Tuesday to extend the opening hours of the public library, a change that "
          + "students and working parents had requested for several years.",
      "Under the new plan, the main branch will stay open until nine in the evening on weekdays and will open "
          + "on Sunday afternoons for the first time since the building was renovated.",
      "Council members said the cost of the extra staff would be covered by savings from the new heating "
          + "system, which uses less energy than the old boilers and needs less maintenance.",
      "The head librarian told reporters that the staff were pleased with the decision and that the first "
          + "evening events, including a reading group and help with tax forms, will begin next month.");

  /** About 140 words of Indonesian news prose in four paragraphs. */
  public static final String INDONESIAN = String.join("\n\n",
      "Pemerintah kota memutuskan untuk memperpanjang jam buka perpustakaan umum mulai bulan depan, sebuah "
          + "perubahan yang sudah lama diminta oleh para pelajar dan orang tua yang bekerja.",
      "Menurut rencana tersebut, perpustakaan pusat akan tetap buka hingga pukul sembilan malam pada hari "
          + "kerja dan juga akan dibuka pada hari Minggu sore untuk pertama kalinya.",
      "Anggota dewan mengatakan bahwa biaya tambahan untuk pegawai akan ditutup dari penghematan listrik, "
          + "karena sistem pemanas yang baru menggunakan energi lebih sedikit dibandingkan dengan yang lama.",
      "Kepala perpustakaan menyampaikan bahwa para pegawai menyambut baik keputusan ini dan kegiatan malam "
          + "pertama, termasuk kelompok membaca, akan dimulai pada pekan depan.");

  private Prose() {}

  /** A document with {@code text} in {@code language}. */
  public static Document doc(String text, String language) {
    Document d = new Document("t", text);
    d.metadata().put(Document.LANGUAGE, language);
    return d;
  }
}
