import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The hashing floor of a sign-in burst on this machine: how long N BCrypt checks of the app's cost
 * (10) take with every core hashing. No server can sign N people in faster without weakening the
 * hash. java -cp spring-security-crypto.jar HashFloor.java N
 */
public class HashFloor {
    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        var bcrypt = new BCryptPasswordEncoder(10);
        String hash = bcrypt.encode("pathways");
        for (int i = 0; i < 30; i++) bcrypt.matches("pathways", hash); // JIT
        long one = System.nanoTime();
        for (int i = 0; i < 20; i++) bcrypt.matches("pathways", hash);
        double single = (System.nanoTime() - one) / 20e6;
        int cores = Runtime.getRuntime().availableProcessors();
        var pool = Executors.newFixedThreadPool(cores);
        long started = System.nanoTime();
        for (int i = 0; i < n; i++) pool.submit(() -> bcrypt.matches("pathways", hash));
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.MINUTES);
        System.out.printf("One hash: %.1f ms on one core; %d hashes on %d cores: %.2f s%n",
                single, n, cores, (System.nanoTime() - started) / 1e9);
    }
}
