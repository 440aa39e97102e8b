import com.sun.tools.attach.VirtualMachine;

/**
 * Loads a JVMTI agent into a running JVM: {@code java perf/Attach.java <pid> <library> <options>}.
 * For async-profiler, whose options jcmd's JVMTI.agent_load would split at the commas.
 */
public class Attach {
    public static void main(String[] args) throws Exception {
        var vm = VirtualMachine.attach(args[0]);
        try {
            vm.loadAgentPath(args[1], args[2]);
        } finally {
            vm.detach();
        }
    }
}
