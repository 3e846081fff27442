package jp.shomei.support;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Japan's 47 prefectures; the Japanese name is what an address stores. */
public record Prefecture(String nameJa, String nameEn) {

    public static final List<Prefecture> ALL = List.of(
            new Prefecture("北海道", "Hokkaido"),
            new Prefecture("青森県", "Aomori"),
            new Prefecture("岩手県", "Iwate"),
            new Prefecture("宮城県", "Miyagi"),
            new Prefecture("秋田県", "Akita"),
            new Prefecture("山形県", "Yamagata"),
            new Prefecture("福島県", "Fukushima"),
            new Prefecture("茨城県", "Ibaraki"),
            new Prefecture("栃木県", "Tochigi"),
            new Prefecture("群馬県", "Gunma"),
            new Prefecture("埼玉県", "Saitama"),
            new Prefecture("千葉県", "Chiba"),
            new Prefecture("東京都", "Tokyo"),
            new Prefecture("神奈川県", "Kanagawa"),
            new Prefecture("新潟県", "Niigata"),
            new Prefecture("富山県", "Toyama"),
            new Prefecture("石川県", "Ishikawa"),
            new Prefecture("福井県", "Fukui"),
            new Prefecture("山梨県", "Yamanashi"),
            new Prefecture("長野県", "Nagano"),
            new Prefecture("岐阜県", "Gifu"),
            new Prefecture("静岡県", "Shizuoka"),
            new Prefecture("愛知県", "Aichi"),
            new Prefecture("三重県", "Mie"),
            new Prefecture("滋賀県", "Shiga"),
            new Prefecture("京都府", "Kyoto"),
            new Prefecture("大阪府", "Osaka"),
            new Prefecture("兵庫県", "Hyogo"),
            new Prefecture("奈良県", "Nara"),
            new Prefecture("和歌山県", "Wakayama"),
            new Prefecture("鳥取県", "Tottori"),
            new Prefecture("島根県", "Shimane"),
            new Prefecture("岡山県", "Okayama"),
            new Prefecture("広島県", "Hiroshima"),
            new Prefecture("山口県", "Yamaguchi"),
            new Prefecture("徳島県", "Tokushima"),
            new Prefecture("香川県", "Kagawa"),
            new Prefecture("愛媛県", "Ehime"),
            new Prefecture("高知県", "Kochi"),
            new Prefecture("福岡県", "Fukuoka"),
            new Prefecture("佐賀県", "Saga"),
            new Prefecture("長崎県", "Nagasaki"),
            new Prefecture("熊本県", "Kumamoto"),
            new Prefecture("大分県", "Oita"),
            new Prefecture("宮崎県", "Miyazaki"),
            new Prefecture("鹿児島県", "Kagoshima"),
            new Prefecture("沖縄県", "Okinawa"));

    public String name(Locale locale) {
        return Locale.JAPANESE.getLanguage().equals(locale.getLanguage()) ? nameJa : nameEn;
    }

    public static boolean isPrefecture(String nameJa) {
        return of(nameJa).isPresent();
    }

    /** The prefecture an address stores by its Japanese name. */
    public static Optional<Prefecture> of(String nameJa) {
        return ALL.stream().filter(p -> p.nameJa.equals(nameJa)).findFirst();
    }
}
