package dev.enfyra.codegen.emit;

import com.palantir.javapoet.JavaFile;
import dev.enfyra.codegen.model.NamingStrategy;
import dev.enfyra.codegen.model.Schema;
import dev.enfyra.codegen.model.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Entry point of the emit stage: a valid schema in, every generated Java file out, sorted by
 * path. Output depends only on the schema and options, never on the machine, locale or time,
 * so the same input gives the same bytes.
 */
public final class Generator {

    private final EmitContext ctx;
    private final List<MigrationSource> migrations;

    public Generator(Schema schema, EmitOptions options, NamingStrategy naming) {
        this(schema, options, naming, List.of());
    }

    /** With the recorded migrations, in version order, each embedded in a class of its own (server code only). */
    public Generator(Schema schema, EmitOptions options, NamingStrategy naming, List<MigrationSource> migrations) {
        this.ctx = new EmitContext(schema, options, naming);
        this.migrations = List.copyOf(migrations);
    }

    public List<GeneratedFile> generate() {
        return generate(GenerationProgress.NONE);
    }

    /** As {@link #generate()}, calling {@code progress} with the number of tables done after each one. */
    public List<GeneratedFile> generate(GenerationProgress progress) {
        EntityEmitter entities = new EntityEmitter(ctx);
        InputEmitter inputs = new InputEmitter(ctx);
        ServerEmitter server = new ServerEmitter(ctx);
        ReaderEmitter readers = new ReaderEmitter(ctx);
        List<GeneratedFile> files = new ArrayList<>();
        int done = 0;
        for (Table table : ctx.schema().tables()) {
            files.add(file(entities.emit(table)));
            files.add(file(inputs.create(table)));
            files.add(file(inputs.update(table)));
            files.add(file(readers.emit(table)));
            if (ctx.server()) {
                files.add(file(server.resource(table)));
                files.add(file(server.graphQlFetchers(table)));
            }
            progress.tablesDone(++done, ctx.schema().tables().size());
        }
        files.add(file(new SchemaEmitter(ctx).emit()));
        if (ctx.server()) {
            MigrationEmitter migrationEmitter = new MigrationEmitter(ctx);
            migrations.forEach(m -> files.add(file(migrationEmitter.emit(m))));
            files.add(file(server.application(migrations.stream().map(migrationEmitter::className).toList())));
            files.add(server.serviceFile());
            files.add(new OpenApiEmitter(ctx).emit());
            files.add(new GraphQlEmitter(ctx).emit());
        }
        files.sort(Comparator.comparing(GeneratedFile::path));
        return List.copyOf(files);
    }

    private static GeneratedFile file(JavaFile javaFile) {
        String path = javaFile.packageName().replace('.', '/') + "/" + javaFile.typeSpec().name() + ".java";
        return new GeneratedFile(path, javaFile.toString());
    }
}
