package dev.enfyra.codegen;

import dev.enfyra.codegen.emit.GeneratedFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated sources with javac in memory, against the test classpath (enfyra-core,
 * Jackson), with every lint warning turned into a failure. Returns the class bytes by name.
 */
public final class InMemoryCompiler {

    private InMemoryCompiler() {
    }

    public static Map<String, byte[]> compile(List<GeneratedFile> files) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Map<String, ByteArrayOutputStream> classes = new HashMap<>();
        StandardJavaFileManager standard = javac.getStandardFileManager(diagnostics, Locale.ROOT, null);
        var manager = new ForwardingJavaFileManager<>(standard) {
            @Override
            public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
                return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + kind.extension), kind) {
                    @Override
                    public OutputStream openOutputStream() {
                        return classes.computeIfAbsent(className, k -> new ByteArrayOutputStream());
                    }
                };
            }
        };
        List<JavaFileObject> sources = new ArrayList<>();
        for (GeneratedFile file : files) {
            sources.add(new SimpleJavaFileObject(URI.create("mem:///" + file.path()), JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return file.content();
                }
            });
        }
        List<String> options = List.of("--release", "21", "-Xlint:all", "-Werror", "-proc:none",
                "-classpath", System.getProperty("java.class.path"));
        boolean ok = javac.getTask(null, manager, diagnostics, options, null, sources).call();
        try {
            manager.close();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (!ok) {
            StringBuilder out = new StringBuilder("generated code does not compile:\n");
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                out.append(d.getSource() == null ? "" : d.getSource().getName()).append(':').append(d.getLineNumber())
                        .append(": ").append(d.getMessage(Locale.ROOT)).append('\n');
            }
            throw new AssertionError(out.toString());
        }
        Map<String, byte[]> bytes = new HashMap<>();
        classes.forEach((name, stream) -> bytes.put(name, stream.toByteArray()));
        return bytes;
    }

    /** A class loader over compiled bytes, parent the test class loader. */
    public static ClassLoader loader(Map<String, byte[]> classes) {
        return new ClassLoader(InMemoryCompiler.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                byte[] b = classes.get(name);
                if (b == null) {
                    throw new ClassNotFoundException(name);
                }
                return defineClass(name, b, 0, b.length);
            }
        };
    }
}
