using System.Text;
using Annalist.Reading;

namespace Annalist.Tests.Reading;

public class TextDecoderTests
{
    [Fact]
    public void Invalid_utf8_is_replaced_not_dropped_and_warned()
    {
        byte[] bytes = [(byte)'C', (byte)'a', (byte)'f', 0xE9, (byte)' ', (byte)'o', (byte)'k'];
        var r = TextDecoder.Decode(bytes);
        Assert.Equal("Caf\uFFFD ok", r.Text);
        Assert.Equal(ErrorCodes.InvalidUtf8, r.Warning!.Code);
        Assert.Contains("byte 3", r.Warning.Message);
    }

    [Fact]
    public void Byte_order_marks_are_honoured()
    {
        Assert.Equal("héllo", TextDecoder.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("héllo")]).Text);
        Assert.Equal("héllo", TextDecoder.Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("héllo")]).Text);
        Assert.Equal("héllo", TextDecoder.Decode([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes("héllo")]).Text);
    }

    [Fact]
    public void Binary_data_is_refused()
    {
        var r = TextDecoder.Decode([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x12]);
        Assert.Null(r.Text);
        Assert.Equal(ErrorCodes.BinaryInput, r.Error!.Code);
    }

    [Fact]
    public void Ordinary_text_with_tabs_and_form_feeds_is_not_binary()
    {
        Assert.False(TextDecoder.LooksBinary(Encoding.UTF8.GetBytes("a\tb\r\nc\fd\n")));
    }

    [Fact]
    public void Lone_surrogates_become_replacement_characters_at_the_same_offsets()
    {
        var text = "a\uD800b\uDC00c\uD83D\uDE00";
        var clean = TextDecoder.ReplaceLoneSurrogates(text);
        Assert.Equal("a\uFFFDb\uFFFDc\uD83D\uDE00", clean);
        Assert.Same("ok", TextDecoder.ReplaceLoneSurrogates("ok"));
    }
}
