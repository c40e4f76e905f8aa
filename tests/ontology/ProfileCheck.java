// The OWL API's OWL 2 DL profile check on one RDF file, as tests/ontology/test_owl_profile.py
// runs it: `java -cp "/usr/share/java/*" ProfileCheck.java FILE`. It prints one violation a line
// and exits 1 when there is any, 2 when the file cannot be read. Imports are not followed: the
// ontology declares the terms it uses from other vocabularies itself.

import java.io.File;

import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.MissingImportHandlingStrategy;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyLoaderConfiguration;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.io.FileDocumentSource;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileReport;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;

public class ProfileCheck {
    public static void main(String[] args) {
        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        OWLOntologyLoaderConfiguration config = new OWLOntologyLoaderConfiguration()
            .setMissingImportHandlingStrategy(MissingImportHandlingStrategy.SILENT);
        OWLOntology ontology;
        try {
            ontology = manager.loadOntologyFromOntologyDocument(
                new FileDocumentSource(new File(args[0])), config);
        } catch (Exception e) {
            System.err.println(args[0] + ": cannot be read: " + e.getMessage());
            System.exit(2);
            return;
        }
        OWLProfileReport report = new OWL2DLProfile().checkOntology(ontology);
        for (OWLProfileViolation violation : report.getViolations()) {
            System.out.println(violation.toString().replace('\n', ' '));
        }
        System.out.println(report.getViolations().size() + " violations, "
            + ontology.getAxiomCount() + " axioms");
        System.exit(report.isInProfile() ? 0 : 1);
    }
}
