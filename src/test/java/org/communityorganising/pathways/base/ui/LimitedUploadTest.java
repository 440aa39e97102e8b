package org.communityorganising.pathways.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class LimitedUploadTest {

    /** Fifty megabytes that exist only as they are read, counting what was read. */
    private static final class Huge extends InputStream {
        long read;

        @Override
        public int read() {
            if (read >= 50L * 1024 * 1024) {
                return -1;
            }
            read++;
            return 'x';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            int n = (int) Math.min(length, 50L * 1024 * 1024 - read);
            if (n <= 0) {
                return -1;
            }
            read += n;
            return n;
        }
    }

    @Test
    void aFileOverTheLimitIsRefusedHavingReadOnlyOneByteMore() throws Exception {
        var huge = new Huge();
        assertThat(LimitedUpload.readAtMost(huge, 1024 * 1024)).isNull();
        assertThat(huge.read).isEqualTo(1024 * 1024 + 1);
    }

    @Test
    void aFileWithinTheLimitIsReadWhole() throws Exception {
        assertThat(LimitedUpload.readAtMost(new ByteArrayInputStream("email\nx@example.org\n".getBytes()), 1024))
                .hasSize(20);
        assertThat(LimitedUpload.readAtMost(new ByteArrayInputStream(new byte[1024]), 1024))
                .as("exactly the limit")
                .hasSize(1024);
    }
}
